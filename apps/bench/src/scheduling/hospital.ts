import { seedPlugins, type Kernel } from '@hms/core';

/** The hospital: 200 practitioners (one per 500 patients), 100 000 patients, a year of appointments. */
export const FULL_SIZE_PATIENTS = 100_000;

export interface AvailabilityWindow {
  readonly dayOfWeek: string;
  readonly start: string;
  readonly end: string;
}
export interface AppointmentType {
  readonly code: string;
  readonly durationMinutes: number;
}
export interface Practitioner {
  readonly id: string;
  readonly timeZone: string;
  readonly weeklyAvailability: readonly AvailabilityWindow[];
  readonly appointmentTypes: readonly AppointmentType[];
}

export interface DataSet {
  readonly patients: number;
  readonly practitioners: number;
  readonly appointmentsByStatus: Readonly<Record<string, number>>;
  readonly appointments: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly events: number;
  readonly scheduleExceptions: number;
}

export interface SeedTiming {
  readonly size: number;
  readonly seconds: number;
}

/** What the clients draw from: the practitioners, the patients, and the days that still have free time. */
export interface Hospital {
  readonly practitioners: readonly Practitioner[];
  readonly patientIds: readonly string[];
  /** Today in the practitioners' time zone, and the last day with appointments: searches fall between. */
  readonly today: string;
  readonly lastDay: string;
  readonly dataSet: DataSet;
  /** When this run seeded the hospital. */
  readonly seeded?: SeedTiming;
}

/**
 * The hospital to measure: the one in the database when it already has appointments (a `DATABASE_URL` seeded by
 * an earlier run or by `hms seed`), else one seeded now through the real command bus with `hms seed`'s seed at
 * `scale` × 100 000 patients.
 */
export async function openHospital(kernel: Kernel, scale: number, out: (line: string) => void): Promise<Hospital> {
  const [existing] = await kernel.db.query<{ n: string }>('SELECT count(*) AS n FROM scheduling.appointments');
  let seeded: SeedTiming | undefined;
  if (Number(existing?.n ?? 0) === 0) {
    const size = Math.max(1, Math.round(FULL_SIZE_PATIENTS * scale));
    out(`seeding a hospital of ${size} patients through the command bus (hms seed --size ${size}) ...`);
    const started = performance.now();
    await seedPlugins(kernel, { size, onlyWhenEmpty: false, onProgress: (_plugin, message) => out(`  ${message}`) });
    seeded = { size, seconds: (performance.now() - started) / 1000 };
    out(`seeded in ${seeded.seconds.toFixed(0)} s`);
  } else {
    out(`using the hospital already in the database (${existing?.n} appointments); --scale is ignored`);
  }
  const practitioners = await readPractitioners(kernel);
  if (practitioners.length === 0) throw new Error('The database has appointments but no schedules');
  const timeZone = practitioners[0]?.timeZone ?? 'UTC';
  const patientIds = (await kernel.db.query<{ id: string }>('SELECT id::text AS id FROM patient.directory')).map(
    (r) => r.id,
  );
  const dataSet = await describe(kernel, timeZone, practitioners.length, patientIds.length);
  const today = localDate(new Date(), timeZone);
  return { practitioners, patientIds, today, lastDay: dataSet.lastDay, dataSet, ...(seeded ? { seeded } : {}) };
}

/** Each practitioner's latest schedule, from the events (schedules have no read model: they are short streams). */
async function readPractitioners(kernel: Kernel): Promise<Practitioner[]> {
  const rows = await kernel.db.query<{ data: Omit<Practitioner, 'id'> & { practitionerId: string } }>(
    `SELECT DISTINCT ON (data->>'practitionerId') data FROM core.events
      WHERE event_type = 'patient.ScheduleDefined' ORDER BY data->>'practitionerId', position DESC`,
  );
  return rows.map(({ data }) => ({
    id: data.practitionerId,
    timeZone: data.timeZone,
    weeklyAvailability: data.weeklyAvailability,
    appointmentTypes: data.appointmentTypes,
  }));
}

async function describe(kernel: Kernel, timeZone: string, practitioners: number, patients: number): Promise<DataSet> {
  const byStatus = await kernel.db.query<{ status: string; n: string }>(
    'SELECT status, count(*) AS n FROM scheduling.appointments GROUP BY status ORDER BY status',
  );
  const [range] = await kernel.db.query<{ first_day: string; last_day: string }>(
    `SELECT to_char(min(starts_at) AT TIME ZONE $1, 'YYYY-MM-DD') AS first_day,
            to_char(max(starts_at) AT TIME ZONE $1, 'YYYY-MM-DD') AS last_day FROM scheduling.appointments`,
    [timeZone],
  );
  const [events] = await kernel.db.query<{ n: string }>('SELECT count(*) AS n FROM core.events');
  const [exceptions] = await kernel.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM core.events WHERE event_type = 'patient.ScheduleExceptionAdded'",
  );
  const appointmentsByStatus = Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)]));
  return {
    patients,
    practitioners,
    appointmentsByStatus,
    appointments: Object.values(appointmentsByStatus).reduce((a, b) => a + b, 0),
    firstDay: range?.first_day ?? '',
    lastDay: range?.last_day ?? '',
    events: Number(events?.n ?? 0),
    scheduleExceptions: Number(exceptions?.n ?? 0),
  };
}

/** The date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What one client asks: a practitioner, a type they offer, and 7 days (`from`..`to` inclusive) from today on. */
export interface SlotQuestion {
  readonly practitioner: Practitioner;
  readonly type: AppointmentType;
  readonly from: string;
  readonly to: string;
}

export const WINDOW_DAYS = 7;

export function randomQuestion(hospital: Hospital): SlotQuestion {
  const practitioner = pick(hospital.practitioners);
  const latestStart = Math.max(0, daysFrom(hospital.today, hospital.lastDay) - (WINDOW_DAYS - 1));
  const from = addDays(hospital.today, Math.floor(Math.random() * (latestStart + 1)));
  return { practitioner, type: pick(practitioner.appointmentTypes), from, to: addDays(from, WINDOW_DAYS - 1) };
}

export function pick<T>(values: readonly T[]): T {
  const value = values[Math.floor(Math.random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}
