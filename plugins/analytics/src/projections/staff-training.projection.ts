import { defineProjection } from '@hms/sdk';
import { MandatoryTrainingDefined, TrainingCompleted } from '@hms/plugin-staff/contracts';

/** Mandatory training rules per position and who completed which course when: compliance is computed from them. */
export const staffTrainingProjection = defineProjection({
  name: 'analytics.staff-training',
  handles: [MandatoryTrainingDefined, TrainingCompleted],
  tables: ['analytics.staff_mandatory_training', 'analytics.staff_training_completions'],
  async evolve(event, sql) {
    switch (event.type) {
      case MandatoryTrainingDefined.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO analytics.staff_mandatory_training (course_code, valid_for_months, positions) VALUES ($1, $2, $3)
           ON CONFLICT (course_code) DO UPDATE SET valid_for_months = excluded.valid_for_months,
             positions = excluded.positions`,
          [d.courseCode, d.validForMonths, d.mandatoryFor],
        );
        return;
      }
      case TrainingCompleted.type:
        await sql.query(
          `INSERT INTO analytics.staff_training_completions (employee_id, course_code, completed_on)
           VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [event.data.employeeId, event.data.courseCode, event.data.completedOn],
        );
        return;
      default:
        return;
    }
  },
});
