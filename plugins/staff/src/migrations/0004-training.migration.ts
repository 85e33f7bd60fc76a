import { defineMigration } from '@hms/sdk';

/** Mandatory training rules, training sessions with their places, and completions (compliance is computed). */
export const createTrainingMigration = defineMigration('0004-training', [
  `CREATE TABLE staff.mandatory_training (
    course_code text PRIMARY KEY,
    valid_for_months integer,
    mandatory_for jsonb NOT NULL
  )`,
  `CREATE TABLE staff.training_sessions (
    id uuid PRIMARY KEY,
    course_code text NOT NULL,
    starts_at timestamptz NOT NULL,
    capacity integer NOT NULL,
    booked integer NOT NULL DEFAULT 0
  )`,
  `CREATE INDEX training_sessions_starts_idx ON staff.training_sessions (starts_at)`,
  `CREATE TABLE staff.training_completions (
    employee_id uuid NOT NULL,
    course_code text NOT NULL,
    session_id uuid NOT NULL,
    completed_on date NOT NULL,
    PRIMARY KEY (employee_id, session_id)
  )`,
  `CREATE INDEX training_completions_course_idx ON staff.training_completions (employee_id, course_code)`,
]);
