import { Pool } from 'pg';
import type { Hospital } from './hospital';
import { randomQuestion } from './hospital';
import type { SchedulingMode } from './scheduling-mode';
import { SLOT_LIMIT } from './search.mode';

const ISO_DAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/**
 * The baseline: the same question in one hand-written statement on the appointments table. The week's days
 * joined to the weekly windows (passed in: the application knows the schedule), a grid of slot starts every
 * `duration` minutes through each window, less those overlapping an appointment that is not cancelled, from now
 * on. An appointment overlapping a slot started at most a day before it: that bound lets the
 * (practitioner_id, starts_at) index serve each probe.
 */
export const FREE_SLOTS_SQL = `
WITH windows AS (
  SELECT (d + w.opens) AT TIME ZONE $5 AS opens, (d + w.closes) AT TIME ZONE $5 AS closes
    FROM generate_series($2::timestamp, $3::timestamp, interval '1 day') AS d -- local dates
    JOIN unnest($6::int[], $7::time[], $8::time[]) AS w(dow, opens, closes) ON w.dow = extract(isodow FROM d)
), slots AS (
  SELECT s AS starts_at, s + make_interval(mins => $4) AS ends_at
    FROM windows, generate_series(opens, closes - make_interval(mins => $4), make_interval(mins => $4)) AS s
)
SELECT starts_at, ends_at FROM slots
 WHERE starts_at >= now()
   AND NOT EXISTS (
     SELECT 1 FROM patient.appointments a
      WHERE a.practitioner_id = $1 AND a.status <> 'cancelled'
        AND a.starts_at > slots.starts_at - interval '1 day' AND a.starts_at < slots.ends_at
        AND a.ends_at > slots.starts_at)
 ORDER BY starts_at
 LIMIT $9`;

/**
 * The baseline's pool. JIT compilation is off for it: PostgreSQL overestimates the generated series' rows,
 * crosses `jit_above_cost`, and spends ~200 ms compiling a query that runs in ~1 ms; an operator tuning this query
 * would turn it off (the kernel's statements are cheap enough never to trigger it).
 */
export function baselinePool(url: string, size: number): Pool {
  return new Pool({ connectionString: url, max: size, options: '-c jit=off' });
}

export function sqlMode(pool: Pool, hospital: Hospital): SchedulingMode {
  const answers = { count: 0, slots: 0 };
  return {
    key: 'sql',
    label: 'one SQL query (pg)',
    answers,
    operation: async () => {
      const { practitioner, type, from, to } = randomQuestion(hospital);
      const windows = practitioner.weeklyAvailability;
      // Named: parsed and planned once per connection, as the kernel's own statements are.
      const { rowCount } = await pool.query({ name: 'bench-free-slots', text: FREE_SLOTS_SQL, values: [
        practitioner.id,
        from,
        to,
        type.durationMinutes,
        practitioner.timeZone,
        windows.map((w) => ISO_DAYS[w.dayOfWeek] ?? 0),
        windows.map((w) => w.start),
        windows.map((w) => w.end),
        SLOT_LIMIT,
      ] });
      answers.count += 1;
      answers.slots += rowCount ?? 0;
    },
  };
}
