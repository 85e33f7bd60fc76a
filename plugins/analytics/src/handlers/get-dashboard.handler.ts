import { handleQuery } from '@hms/sdk';
import { GetDashboard, type Dashboard } from '../contracts/dashboard';
import { ANALYTICS_DASHBOARD } from '../contracts/permissions';
import { percent, round2 } from '../reports/report-rows';

interface Figures {
  in_patients: number;
  beds: number;
  appointments: number;
  no_shows: number;
  admissions: number;
  discharges: number;
  los_days: string | null;
}

/**
 * The dashboard: one statement of index lookups on the analytics read models (open stays and open bed periods by
 * partial index, today's rows by time index), cheap enough for every screen to refresh every few seconds.
 */
export const getDashboardHandler = handleQuery(GetDashboard, {
  permission: ANALYTICS_DASHBOARD,
  async handle({ timeZone }, ctx): Promise<Dashboard> {
    const [f] = await ctx.sql.query<Figures>(
      `WITH today AS (
         SELECT date_trunc('day', $1::timestamptz AT TIME ZONE $2) AT TIME ZONE $2 AS start_at,
                (date_trunc('day', $1::timestamptz AT TIME ZONE $2) + interval '1 day') AT TIME ZONE $2 AS end_at
       )
       SELECT (SELECT count(*)::int FROM analytics.stays WHERE discharged_at IS NULL) AS in_patients,
              (SELECT count(*)::int FROM analytics.bed_periods WHERE to_at IS NULL) AS beds,
              (SELECT count(*) FILTER (WHERE status <> 'cancelled')::int FROM analytics.appointments, today
                WHERE starts_at >= today.start_at AND starts_at < today.end_at) AS appointments,
              (SELECT count(*) FILTER (WHERE status = 'no-show')::int FROM analytics.appointments, today
                WHERE starts_at >= today.start_at AND starts_at < today.end_at) AS no_shows,
              (SELECT count(*)::int FROM analytics.stays, today WHERE admitted_at >= today.start_at AND admitted_at < today.end_at) AS admissions,
              (SELECT count(*)::int FROM analytics.stays, today WHERE discharged_at >= today.start_at AND discharged_at < today.end_at) AS discharges,
              (SELECT avg(extract(epoch FROM discharged_at - admitted_at)) / 86400 FROM analytics.stays
                WHERE discharged_at > $1::timestamptz - interval '30 days' AND discharged_at <= $1::timestamptz) AS los_days`,
      [ctx.now, timeZone],
    );
    return {
      at: ctx.now,
      inPatients: f?.in_patients ?? 0,
      bedsInService: f?.beds ?? 0,
      occupancyPercent: percent(f?.in_patients ?? 0, f?.beds ?? 0),
      appointmentsToday: f?.appointments ?? 0,
      noShowsToday: f?.no_shows ?? 0,
      admissionsToday: f?.admissions ?? 0,
      dischargesToday: f?.discharges ?? 0,
      averageLengthOfStayDays: round2(f?.los_days),
    };
  },
});
