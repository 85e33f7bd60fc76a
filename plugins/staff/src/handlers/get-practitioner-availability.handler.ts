import { handleQuery } from '@hms/sdk';
import { DIRECTORY_READ } from '../contracts/permissions';
import { GetPractitionerAvailability, type PractitionerAvailability } from '../contracts/queries';
import { unavailableRanges, type DateRange } from '../domain/availability/practitioner-availability';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

interface FactsRow {
  id: string;
  first_day: string;
  last_day: string | null;
  leave: DateRange[];
  licences: DateRange[];
  rostered: { from: string; to: string; windows: { start: string; end: string }[] }[];
}

/**
 * Published: the facts of every asked practitioner in one statement (employment dates, approved leave touching
 * the range, all licences, the published rosters they are on), then the pure rule. Scheduling asks it for free
 * slots and bookings.
 */
export const getPractitionerAvailabilityHandler = handleQuery(GetPractitionerAvailability, {
  permission: DIRECTORY_READ,
  published: true,
  async handle({ practitionerIds, from, to }, ctx): Promise<PractitionerAvailability> {
    const rows = await ctx.sql.query<FactsRow>(
      `SELECT e.id, to_char(e.first_day, 'YYYY-MM-DD') AS first_day, to_char(e.last_day, 'YYYY-MM-DD') AS last_day,
              coalesce((SELECT jsonb_agg(jsonb_build_object('from', to_char(r.from_date, 'YYYY-MM-DD'),
                                                            'to', to_char(r.to_date, 'YYYY-MM-DD')))
                          FROM staff.leave_requests r
                         WHERE r.employee_id = e.id AND r.status = 'approved'
                           AND r.from_date <= $3::date AND r.to_date >= $2::date), '[]') AS leave,
              coalesce((SELECT jsonb_agg(jsonb_build_object('from', to_char(l.valid_from, 'YYYY-MM-DD'),
                                                            'to', to_char(l.expires_on, 'YYYY-MM-DD')))
                          FROM staff.licences l WHERE l.employee_id = e.id), '[]') AS licences,
              coalesce((SELECT jsonb_agg(jsonb_build_object(
                          'from', to_char(r.period_from, 'YYYY-MM-DD'), 'to', to_char(r.period_to, 'YYYY-MM-DD'),
                          'windows', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                                 'start', to_char(w.starts_at AT TIME ZONE 'UTC', ${ISO}),
                                                 'end', to_char(w.ends_at AT TIME ZONE 'UTC', ${ISO}))
                                                 ORDER BY w.starts_at)
                                                FROM staff.rostered_windows w
                                               WHERE w.ward_id = r.ward_id AND w.period_from = r.period_from
                                                 AND w.period_to = r.period_to AND w.employee_id = e.id), '[]'))
                          ORDER BY r.period_from)
                          FROM staff.rosters r
                         WHERE r.period_from <= $3::date AND r.period_to >= $2::date
                           AND r.assignments @> jsonb_build_array(jsonb_build_object('employeeId', e.id::text))),
                       '[]') AS rostered
         FROM staff.employees e WHERE e.id = ANY($1::uuid[])`,
      [[...practitionerIds], from, to],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      items: [...new Set(practitionerIds)].map((practitionerId) => {
        const row = byId.get(practitionerId);
        if (row === undefined) return { practitionerId, known: false, unavailable: [], rostered: [] };
        const facts = {
          firstDay: row.first_day,
          lastDay: row.last_day,
          approvedLeave: row.leave,
          licences: row.licences,
        };
        const unavailable = unavailableRanges(facts, { from, to });
        return { practitionerId, known: true, unavailable, rostered: row.rostered };
      }),
    };
  },
});
