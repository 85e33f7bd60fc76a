import { handleQuery } from '@hms/sdk';
import { ROSTER_READ } from '../contracts/permissions';
import { ListRosters, type PublishedRoster } from '../contracts/roster.queries';
import type { Assignment } from '../domain/roster/roster.model';

interface RosterRow {
  ward_id: string;
  from: string;
  to: string;
  version: number;
  published_at: Date;
  shortfalls: number;
  assignments: Assignment[];
}

/** A ward's published rosters (the roster board), or every roster one person is on (my shifts). */
export const listRostersHandler = handleQuery(ListRosters, {
  permission: ROSTER_READ,
  async handle({ wardId, employeeId, from, to }, ctx): Promise<{ items: PublishedRoster[] }> {
    const rows = await ctx.sql.query<RosterRow>(
      `SELECT ward_id, to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to", version,
              published_at, shortfalls, assignments
         FROM staff.rosters
        WHERE period_from <= $2::date AND period_to >= $1::date AND ($3::uuid IS NULL OR ward_id = $3)
          AND ($4::uuid IS NULL OR assignments @> jsonb_build_array(jsonb_build_object('employeeId', $4::text)))
        ORDER BY period_from, ward_id`,
      [from, to, wardId ?? null, employeeId ?? null],
    );
    return {
      items: rows.map((r) => ({
        wardId: r.ward_id,
        from: r.from,
        to: r.to,
        version: r.version,
        publishedAt: r.published_at.toISOString(),
        shortfalls: r.shortfalls,
        assignments:
          employeeId === undefined ? r.assignments : r.assignments.filter((a) => a.employeeId === employeeId),
      })),
    };
  },
});
