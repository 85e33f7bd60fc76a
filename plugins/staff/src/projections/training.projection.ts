import { defineProjection } from '@hms/sdk';
import {
  MandatoryTrainingDefined,
  TrainingCompleted,
  TrainingPlaceBooked,
  TrainingSessionScheduled,
} from '../contracts/training.contracts';

/** What training compliance is computed from: the rules, the sessions with their bookings, and completions. */
export const trainingProjection = defineProjection({
  name: 'staff.training',
  mode: 'inline',
  handles: [MandatoryTrainingDefined, TrainingSessionScheduled, TrainingPlaceBooked, TrainingCompleted],
  tables: ['staff.mandatory_training', 'staff.training_sessions', 'staff.training_completions'],
  async evolve(event, sql) {
    if (event.type === MandatoryTrainingDefined.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.mandatory_training (course_code, valid_for_months, mandatory_for) VALUES ($1, $2, $3)
         ON CONFLICT (course_code) DO UPDATE SET valid_for_months = $2, mandatory_for = $3`,
        [d.courseCode, d.validForMonths, JSON.stringify(d.mandatoryFor)],
      );
    } else if (event.type === TrainingSessionScheduled.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.training_sessions (id, course_code, starts_at, capacity) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [d.sessionId, d.courseCode, d.startsAt, d.capacity],
      );
    } else if (event.type === TrainingPlaceBooked.type) {
      await sql.query(`UPDATE staff.training_sessions SET booked = booked + 1 WHERE id = $1`, [event.data.sessionId]);
    } else {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.training_completions (employee_id, course_code, session_id, completed_on)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [d.employeeId, d.courseCode, d.sessionId, d.completedOn],
      );
    }
  },
});
