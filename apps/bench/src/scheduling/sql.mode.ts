import { Pool } from 'pg';
import type { Hospital } from './hospital';
import { randomQuestion } from './hospital';
import type { SchedulingMode } from './scheduling-mode';
import { SLOT_LIMIT } from './search.mode';

const ISO_DAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/**
 * The baseline: the same question in one hand-written statement on the appointments table, with the handler's
 * rule for where slots go. The week's local days are joined to the weekly windows (passed in: the application
 * knows the schedule) and turned into instants in the schedule's time zone; the appointments that are not
 * cancelled cut each window into free gaps (window functions: from the previous appointment's end, or the
 * window's opening, to the next one's start, or its closing); each gap holds slots every `duration` minutes from
 * its start; the ones from now on, earliest first. (A plain grid every `duration` minutes from the opening gives
 * the same answer for 10-minute follow-ups but a quarter fewer consultations: it cannot start one at the end of
 * a follow-up.) The appointments read are bounded by the week (less a day: none lasts longer), so the
 * (practitioner_id, starts_at) index serves them with one range scan, as it does the handler's read.
 */
export const FREE_SLOTS_SQL = `
WITH windows AS (
  SELECT (d + w.opens) AT TIME ZONE $5 AS opens, (d + w.closes) AT TIME ZONE $5 AS closes
    FROM generate_series($2::timestamp, $3::timestamp, interval '1 day') AS d -- local dates
    JOIN unnest($6::int[], $7::time[], $8::time[]) AS w(dow, opens, closes) ON w.dow = extract(isodow FROM d)
), taken AS (
  SELECT w.opens, w.closes, greatest(a.starts_at, w.opens) AS starts_at, least(a.ends_at, w.closes) AS ends_at
    FROM windows w
    JOIN scheduling.appointments a
      ON a.practitioner_id = $1 AND a.status <> 'cancelled'
     AND a.starts_at >= ($2::timestamp AT TIME ZONE $5) - interval '1 day'
     AND a.starts_at < ($3::timestamp + interval '1 day') AT TIME ZONE $5
     AND a.starts_at < w.closes AND a.ends_at > w.opens
), gaps AS (
  SELECT coalesce(lag(ends_at) OVER (PARTITION BY opens ORDER BY starts_at), opens) AS starts_at, starts_at AS ends_at
    FROM taken
  UNION ALL
  SELECT coalesce(max(t.ends_at), w.opens), w.closes
    FROM windows w LEFT JOIN taken t ON t.opens = w.opens
   GROUP BY w.opens, w.closes
)
SELECT s AS starts_at, s + make_interval(mins => $4) AS ends_at
  FROM gaps, generate_series(gaps.starts_at, gaps.ends_at - make_interval(mins => $4), make_interval(mins => $4)) AS s
 WHERE s >= now()
 ORDER BY s
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
      const { rowCount } = await pool.query({
        name: 'bench-free-slots',
        text: FREE_SLOTS_SQL,
        values: [
          practitioner.id,
          from,
          to,
          type.durationMinutes,
          practitioner.timeZone,
          windows.map((w) => ISO_DAYS[w.dayOfWeek] ?? 0),
          windows.map((w) => w.start),
          windows.map((w) => w.end),
          SLOT_LIMIT,
        ],
      });
      answers.count += 1;
      answers.slots += rowCount ?? 0;
    },
  };
}
