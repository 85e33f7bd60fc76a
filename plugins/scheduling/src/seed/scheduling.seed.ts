import {
  addDays,
  ConflictError,
  DAY_MS,
  defineSeed,
  executeRetrying,
  inFlight,
  localDateOf,
  minutes,
  progressMeter,
  toIso,
  zonedInstant,
  type SeedContext,
} from '@hms/sdk';
import { MAX_PAGE_SIZE, SearchPatients } from '@hms/plugin-patient/contracts';
import {
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  DefineSchedule,
  RecordAppointmentNoShow,
} from '../contracts/commands';
import type { AppointmentView } from '../contracts/queries';
import type { AppointmentType, CancelReason, DayOfWeek } from '../contracts/schemas';
import { dayOfWeekOf } from '../domain/schedule/day-of-week';
import { SLOT_TAKEN } from '../errors';
import { hireSeedPractitioners } from './staff-practitioners';

/**
 * Practitioners' schedules and a diary of appointments around today for the patients the patient plugin seeded
 * (it seeds first: this plugin depends on it). The same size gives the same diaries.
 */
export const schedulingSeed = defineSeed({
  isEmpty: async (sql) => (await sql.query('SELECT 1 FROM scheduling.schedule_directory LIMIT 1')).length === 0,
  async run(ctx) {
    const { practitioners, appointments, alreadyTaken } = await seedScheduling(ctx, await registeredPatients(ctx));
    ctx.progress(
      `created ${practitioners} practitioners' schedules and ${appointments} appointments` +
        (alreadyTaken > 0 ? ` (${alreadyTaken} times were already taken)` : ''),
    );
    return { created: appointments };
  },
});

/** Every registered patient's id, asked of the patient plugin page by page (its published search). */
async function registeredPatients(ctx: SeedContext): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await ctx.ask(SearchPatients, { limit: MAX_PAGE_SIZE, offset });
    ids.push(...page.items.map((patient) => patient.id));
    if (page.items.length < MAX_PAGE_SIZE) return ids;
  }
}

/** Every seeded practitioner works in Lisbon, weekdays 08:00–12:00 and 13:00–17:00. */
export const SEED_TIME_ZONE = 'Europe/Lisbon';
export const SEED_APPOINTMENT_TYPES: readonly [consultation: AppointmentType, followUp: AppointmentType] = [
  { code: 'consultation', durationMinutes: 20 },
  { code: 'follow-up', durationMinutes: 10 },
];
const WEEKDAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const WINDOWS = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
] as const;

/**
 * At each step of a window a slot is booked with this probability, else 10 minutes stay free: with consultations
 * (20 min) two thirds of the bookings and follow-ups (10 min) the rest, about 60% of the open time ends up booked.
 */
const BOOK_PROBABILITY = 0.48;
const CONSULTATION_SHARE = 0.65;
const FREE_GAP_MINUTES = 10;
/** What became of appointments that are over, as shares of them. */
const COMPLETED_SHARE = 0.8;
const NO_SHOW_SHARE = 0.08; // the rest, 12%, were cancelled beforehand
const CANCEL_REASONS: readonly (readonly [CancelReason, number])[] = [
  ['patient-request', 0.6],
  ['practitioner-unavailable', 0.2],
  ['booked-in-error', 0.1],
  ['other', 0.1],
];
/** An appointment counts as over (its outcome recorded) a quarter of an hour after its end. */
const SETTLE_MS = minutes(15);

/** The hospital a seed of `patients` patients builds around them. */
export interface HospitalShape {
  /** One practitioner per 500 patients, at least 5, at most 200. */
  readonly practitioners: number;
  /**
   * Weeks of appointments, half before today and half from today: a week per 100 patients, 1 to 52 (the demo's
   * 60 patients get one week, which keeps the demo start quick on embedded PGlite: about 800 commands, one at a time).
   */
  readonly weeks: number;
}

export function hospitalShape(patients: number): HospitalShape {
  const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
  return { practitioners: clamp(Math.floor(patients / 500), 5, 200), weeks: clamp(Math.round(patients / 100), 1, 52) };
}

export interface SchedulingSeedReport {
  readonly practitioners: number;
  readonly appointments: number;
  /** Bookings refused because the time was already taken (a second seed into the same database). */
  readonly alreadyTaken: number;
}

type Outcome =
  | { readonly kind: 'booked' }
  | { readonly kind: 'completed'; readonly checkedInAt: number; readonly completedAt: number }
  | { readonly kind: 'no-show'; readonly at: number }
  | { readonly kind: 'cancelled'; readonly at: number; readonly reason: CancelReason };

export interface PlannedAppointment {
  readonly practitionerId: string;
  readonly patientId: string;
  readonly type: string;
  readonly startsAt: number;
  readonly bookedAt: number;
  readonly outcome: Outcome;
}

/**
 * Practitioners' schedules and their appointments from `weeks / 2` weeks ago to as far ahead, through the real
 * command bus: each appointment is booked as of a few days to six weeks before it starts, and the ones that are
 * over are checked in and completed, recorded as no-shows or cancelled, each at the time it happened (the
 * seed's `at`), so every rule about time holds as it did then. Deterministic for a size and a day.
 */
export async function seedScheduling(ctx: SeedContext, patientIds: readonly string[]): Promise<SchedulingSeedReport> {
  const shape = hospitalShape(ctx.size);
  const now = Date.now();
  const today = localDateOf(now, SEED_TIME_ZONE);
  const firstDay = addDays(today, -Math.floor((shape.weeks * 7) / 2));
  const lastDay = addDays(firstDay, shape.weeks * 7 - 1);
  const practitionerIds = Array.from({ length: shape.practitioners }, () => uuidFrom(ctx.random));
  const definedAt = toIso(zonedInstant(addDays(firstDay, -60), '12:00', SEED_TIME_ZONE));
  await hireSeedPractitioners(ctx, practitionerIds, addDays(firstDay, -60), definedAt);
  await inFlight(practitionerIds.entries(), ctx.concurrency, async ([index, practitionerId]) => {
    await executeRetrying(ctx, DefineSchedule, scheduleOf(practitionerId, index), { at: definedAt });
  });
  ctx.progress(`schedules: ${shape.practitioners} practitioners, appointments from ${firstDay} to ${lastDay}`);

  const weekdays = countWeekdays(firstDay, lastDay);
  const meter = progressMeter(ctx, 'appointments', ` of about ${Math.round(shape.practitioners * weekdays * 17.5)}`);
  let alreadyTaken = 0;
  const plan = planAppointments(ctx.random, { practitionerIds, patientIds, firstDay, lastDay, now });
  await inFlight(plan, ctx.concurrency, async (appointment) => {
    if (await live(ctx, appointment)) meter.tick();
    else alreadyTaken += 1;
  });
  return { practitioners: shape.practitioners, appointments: meter.done(), alreadyTaken };
}

function scheduleOf(practitionerId: string, index: number) {
  const location = `Outpatients, room ${1 + (index % 60)}`;
  return {
    practitionerId,
    timeZone: SEED_TIME_ZONE,
    weeklyAvailability: WEEKDAYS.flatMap((dayOfWeek) => WINDOWS.map((w) => ({ dayOfWeek, ...w, location }))),
    appointmentTypes: [...SEED_APPOINTMENT_TYPES],
  };
}

/**
 * The appointments, day by day and practitioner by practitioner (so the ones in flight at once are mostly with
 * different practitioners). A generator: a year for 200 practitioners is close to a million appointments.
 */
export function* planAppointments(
  random: () => number,
  hospital: {
    practitionerIds: readonly string[];
    patientIds: readonly string[];
    firstDay: string;
    lastDay: string;
    now: number;
  },
): Generator<PlannedAppointment> {
  const [consultation, followUp] = SEED_APPOINTMENT_TYPES;
  for (let date = hospital.firstDay; date <= hospital.lastDay; date = addDays(date, 1)) {
    if (!WEEKDAYS.includes(dayOfWeekOf(date))) continue;
    for (const practitionerId of hospital.practitionerIds) {
      for (const window of WINDOWS) {
        const end = zonedInstant(date, window.end, SEED_TIME_ZONE);
        let start = zonedInstant(date, window.start, SEED_TIME_ZONE);
        while (start < end) {
          if (random() >= BOOK_PROBABILITY) {
            start += minutes(FREE_GAP_MINUTES);
            continue;
          }
          const wanted = random() < CONSULTATION_SHARE ? consultation : followUp;
          const type = start + minutes(wanted.durationMinutes) <= end ? wanted : followUp;
          const endsAt = start + minutes(type.durationMinutes);
          const patientId = pickOne(random, hospital.patientIds);
          // Booked 1 to 42 days ahead (most a week or two), during office hours, never later than now.
          const lead = (1 + Math.floor(random() ** 2 * 42)) * DAY_MS - minutes(Math.floor(random() * 480));
          const bookedAt = Math.min(start - lead, hospital.now);
          const outcome = outcomeOf(random, { startsAt: start, endsAt, bookedAt, now: hospital.now });
          yield { practitionerId, patientId, type: type.code, startsAt: start, bookedAt, outcome };
          start = endsAt;
        }
      }
    }
  }
}

/** One of `list`, drawn with `random`; a seed has patients to book before it plans appointments. */
function pickOne<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('No patients to book appointments for');
  return item;
}

function outcomeOf(
  random: () => number,
  a: { startsAt: number; endsAt: number; bookedAt: number; now: number },
): Outcome {
  if (a.endsAt + SETTLE_MS > a.now) return { kind: 'booked' };
  const draw = random();
  if (draw < COMPLETED_SHARE) {
    return {
      kind: 'completed',
      checkedInAt: a.startsAt - minutes(Math.floor(random() * 15)),
      completedAt: a.endsAt + minutes(Math.floor(random() * 10)),
    };
  }
  if (draw < COMPLETED_SHARE + NO_SHOW_SHARE) return { kind: 'no-show', at: a.startsAt + SETTLE_MS };
  let reasonDraw = random();
  const reason = CANCEL_REASONS.find(([, share]) => (reasonDraw -= share) < 0)?.[0] ?? 'other';
  return { kind: 'cancelled', at: a.bookedAt + Math.floor(random() * (a.startsAt - a.bookedAt)), reason };
}

/** Books one appointment and takes it through what happened to it; false when its time was already taken. */
async function live(ctx: SeedContext, a: PlannedAppointment): Promise<boolean> {
  let booked: AppointmentView;
  try {
    booked = await executeRetrying(
      ctx,
      BookAppointment,
      { patientId: a.patientId, practitionerId: a.practitionerId, type: a.type, startsAt: toIso(a.startsAt) },
      { at: toIso(a.bookedAt) },
    );
  } catch (error) {
    if (error instanceof ConflictError && error.code === SLOT_TAKEN) return false;
    throw error;
  }
  const appointmentId = booked.id;
  const { outcome } = a;
  switch (outcome.kind) {
    case 'booked':
      break;
    case 'completed':
      await executeRetrying(ctx, CheckInAppointment, { appointmentId }, { at: toIso(outcome.checkedInAt) });
      await executeRetrying(ctx, CompleteAppointment, { appointmentId }, { at: toIso(outcome.completedAt) });
      break;
    case 'no-show':
      await executeRetrying(ctx, RecordAppointmentNoShow, { appointmentId }, { at: toIso(outcome.at) });
      break;
    case 'cancelled':
      await executeRetrying(
        ctx,
        CancelAppointment,
        { appointmentId, reason: outcome.reason },
        { at: toIso(outcome.at) },
      );
      break;
  }
  return true;
}

function countWeekdays(from: string, to: string): number {
  let count = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) if (WEEKDAYS.includes(dayOfWeekOf(date))) count += 1;
  return count;
}

/** A version-4-shaped UUID from the seed's random numbers: the same seed names the same practitioners. */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
