import type { Sql } from '@hms/sdk';
import { offeredMinutes, type WeeklyWindow } from './offered-minutes';
import { percent, round2, row, type ReportRow } from './report-rows';

export interface AppointmentScope {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly practitionerId: string | null;
}

interface PractitionerFigures {
  practitioner_id: string;
  time_zone: string | null;
  weekly_availability: WeeklyWindow[] | null;
  booked_minutes: string | null;
  no_shows: number;
  resolved: number;
  away: { from_day: string; to_day: string }[] | null;
}

/**
 * Per practitioner, over the days of the period in the practitioner's own time zone (their schedule's):
 * - slot utilisation: minutes of appointments held or still booked (not cancelled) over minutes offered by the
 *   weekly availability, days away excluded;
 * - no-show rate: no-shows over appointments whose outcome is known (completed, checked in, or no-show).
 */
export async function appointmentUtilisation(sql: Sql, scope: AppointmentScope): Promise<ReportRow[]> {
  const rows = await sql.query<PractitionerFigures>(
    `WITH figures AS (
       SELECT a.practitioner_id,
              sum(extract(epoch FROM a.ends_at - a.starts_at)) FILTER (WHERE a.status <> 'cancelled') / 60 AS booked_minutes,
              count(*) FILTER (WHERE a.status = 'no-show')::int AS no_shows,
              count(*) FILTER (WHERE a.status IN ('completed', 'checked-in', 'no-show'))::int AS resolved
         FROM analytics.appointments a LEFT JOIN analytics.schedules s USING (practitioner_id)
        WHERE a.starts_at >= $1::date - 1 AND a.starts_at < $2::date + 2
          AND (a.starts_at AT TIME ZONE coalesce(s.time_zone, $3))::date BETWEEN $1::date AND $2::date
          AND ($4::text IS NULL OR a.practitioner_id::text = $4)
        GROUP BY a.practitioner_id
     ), practitioners AS (
       SELECT practitioner_id FROM figures
       UNION SELECT practitioner_id FROM analytics.schedules WHERE $4::text IS NULL OR practitioner_id::text = $4
     )
     SELECT p.practitioner_id, s.time_zone, s.weekly_availability, f.booked_minutes,
            coalesce(f.no_shows, 0) AS no_shows, coalesce(f.resolved, 0) AS resolved,
            (SELECT json_agg(json_build_object('from_day', e.from_day, 'to_day', e.to_day)) FROM analytics.schedule_exceptions e
              WHERE e.practitioner_id = p.practitioner_id AND e.to_day >= $1::date AND e.from_day <= $2::date) AS away
       FROM practitioners p LEFT JOIN figures f USING (practitioner_id) LEFT JOIN analytics.schedules s USING (practitioner_id)
      ORDER BY p.practitioner_id`,
    [scope.from, scope.to, scope.timeZone, scope.practitionerId],
  );
  return rows.flatMap((r) => {
    const offered = offeredMinutes(r.weekly_availability ?? [], r.away ?? [], scope.from, scope.to);
    const booked = Number(r.booked_minutes ?? 0);
    return [
      row({
        section: 'Appointment slots',
        measure: 'slot utilisation (%)',
        subject: r.practitioner_id,
        value: percent(booked, offered),
        numerator: round2(booked / 60),
        denominator: round2(offered / 60),
        note: r.time_zone ? 'hours booked / hours offered' : 'no schedule: nothing offered',
      }),
      row({
        section: 'Appointment slots',
        measure: 'no-show rate (%)',
        subject: r.practitioner_id,
        value: percent(r.no_shows, r.resolved),
        numerator: r.no_shows,
        denominator: r.resolved,
        note: 'no-shows / appointments with a known outcome',
      }),
    ];
  });
}
