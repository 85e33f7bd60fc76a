import { handleQuery } from '@hms/sdk';
import { DIRECTORY_READ } from '../contracts/permissions';
import { GetPractitionerAvailability, type PractitionerAvailability } from '../contracts/queries';
import { unavailableRanges, type DateRange } from '../domain/availability/practitioner-availability';

interface FactsRow {
  id: string;
  first_day: string;
  last_day: string | null;
  leave: DateRange[];
  licences: DateRange[];
}

/**
 * Published: the facts of every asked practitioner in one statement (employment dates, approved leave touching
 * the range, all licences), then the pure rule. Scheduling asks it for free slots and bookings.
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
                          FROM staff.licences l WHERE l.employee_id = e.id), '[]') AS licences
         FROM staff.employees e WHERE e.id = ANY($1::uuid[])`,
      [[...practitionerIds], from, to],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      items: [...new Set(practitionerIds)].map((practitionerId) => {
        const row = byId.get(practitionerId);
        if (row === undefined) return { practitionerId, known: false, unavailable: [] };
        const facts = {
          firstDay: row.first_day,
          lastDay: row.last_day,
          approvedLeave: row.leave,
          licences: row.licences,
        };
        return { practitionerId, known: true, unavailable: unavailableRanges(facts, { from, to }) };
      }),
    };
  },
});
