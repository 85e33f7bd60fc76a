import { defineMigration } from '@hms/sdk';

/**
 * The analytics read models, shaped for the reports and fed only by the events other plugins publish (never their
 * tables). All are async projections: rebuilding one empties its tables and replays the store.
 * - stays: one row per stay (admission to discharge) with the ward it ended on; length of stay and readmissions.
 * - stay_segments: one row per time a stay spent in one bed; occupancy per ward and day.
 * - wards: ward codes and specialties (the "department" of the reports).
 * - bed_periods: one row per interval a bed was listed on its ward and in service; bed capacity over time.
 * - appointments: one row per appointment with its outcome; slot utilisation and no-shows.
 * - schedules, schedule_exceptions: practitioners' weekly availability and days away; the slot time offered.
 */
export const createReadModelsMigration = defineMigration('0001-read-models', [
  `CREATE TABLE analytics.stays (
    stay_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    admitted_at timestamptz NOT NULL,
    admission_ward_id uuid NOT NULL,
    ward_id uuid NOT NULL,
    admitting_practitioner_id text,
    transfers integer NOT NULL DEFAULT 0,
    discharged_at timestamptz,
    disposition text
  )`,
  `CREATE INDEX stays_patient_idx ON analytics.stays (patient_id, admitted_at)`,
  `CREATE INDEX stays_admitted_idx ON analytics.stays (admitted_at)`,
  `CREATE INDEX stays_discharged_idx ON analytics.stays (discharged_at)`,
  `CREATE INDEX stays_open_idx ON analytics.stays (ward_id) WHERE discharged_at IS NULL`,
  `CREATE TABLE analytics.stay_segments (
    stay_id uuid NOT NULL,
    seq integer NOT NULL,
    ward_id uuid NOT NULL,
    bed_id uuid NOT NULL,
    from_at timestamptz NOT NULL,
    to_at timestamptz,
    PRIMARY KEY (stay_id, seq)
  )`,
  `CREATE INDEX stay_segments_time_idx ON analytics.stay_segments (from_at, ward_id)`,
  `CREATE INDEX stay_segments_open_idx ON analytics.stay_segments (ward_id) WHERE to_at IS NULL`,
  `CREATE TABLE analytics.wards (
    ward_id uuid PRIMARY KEY,
    code text NOT NULL,
    specialty text NOT NULL
  )`,
  `CREATE TABLE analytics.bed_periods (
    bed_id uuid NOT NULL,
    from_at timestamptz NOT NULL,
    ward_id uuid NOT NULL,
    to_at timestamptz,
    PRIMARY KEY (bed_id, from_at)
  )`,
  `CREATE INDEX bed_periods_open_idx ON analytics.bed_periods (bed_id) WHERE to_at IS NULL`,
  `CREATE TABLE analytics.appointments (
    appointment_id uuid PRIMARY KEY,
    practitioner_id uuid NOT NULL,
    type text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    status text NOT NULL
  )`,
  `CREATE INDEX appointments_starts_idx ON analytics.appointments (starts_at, practitioner_id)`,
  `CREATE TABLE analytics.schedules (
    practitioner_id uuid PRIMARY KEY,
    time_zone text NOT NULL,
    weekly_availability jsonb NOT NULL
  )`,
  `CREATE TABLE analytics.schedule_exceptions (
    exception_id uuid PRIMARY KEY,
    practitioner_id uuid NOT NULL,
    from_day date NOT NULL,
    to_day date NOT NULL
  )`,
]);
