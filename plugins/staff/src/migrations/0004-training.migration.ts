import { defineMigration } from '@hms/sdk';

/**
 * Mandatory training rules, training sessions with their places, and completions (compliance is computed); and
 * performance reviews with their goals, ratings and sign-offs.
 */
export const createTrainingMigration = defineMigration('0004-training-and-reviews', [
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
  `CREATE TABLE staff.reviews (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL,
    reviewer_id uuid NOT NULL,
    cycle text NOT NULL,
    status text NOT NULL,
    goals jsonb NOT NULL DEFAULT '[]',
    ratings jsonb NOT NULL DEFAULT '[]',
    overall integer,
    signed_by jsonb NOT NULL DEFAULT '[]',
    opened_at timestamptz NOT NULL
  )`,
  `CREATE INDEX reviews_employee_idx ON staff.reviews (employee_id, cycle)`,
  `CREATE INDEX reviews_reviewer_idx ON staff.reviews (reviewer_id, cycle)`,
]);
