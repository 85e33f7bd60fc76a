import { handleQuery } from '@hms/sdk';
import { ROSTER_MANAGE, SHIFT_SWAP } from '../contracts/permissions';
import { ListShiftSwaps, type ShiftSwapView } from '../contracts/roster.queries';

interface SwapRow {
  id: string;
  requester_id: string;
  colleague_id: string;
  ward_id: string;
  gives: ShiftSwapView['gives'];
  takes: ShiftSwapView['takes'];
  status: ShiftSwapView['status'];
  reason: string | null;
  requested_at: Date;
}

/** Ward managers see every swap; anyone else the swaps they asked for or were asked to take. */
export const listShiftSwapsHandler = handleQuery(ListShiftSwaps, {
  permission: SHIFT_SWAP,
  async handle({ status, wardId }, ctx): Promise<{ items: ShiftSwapView[] }> {
    const manager = ctx.actor.has(ROSTER_MANAGE.name);
    const rows = await ctx.sql.query<SwapRow>(
      `SELECT s.id, s.requester_id, s.colleague_id, s.ward_id, s.gives, s.takes, s.status, s.reason, s.requested_at
         FROM staff.shift_swaps s
        WHERE ($1::text IS NULL OR s.status = $1) AND ($2::uuid IS NULL OR s.ward_id = $2)
          AND ($3 OR EXISTS (SELECT 1 FROM staff.employees e
                              WHERE e.account_id = $4 AND e.id IN (s.requester_id, s.colleague_id)))
        ORDER BY s.requested_at DESC LIMIT 500`,
      [status ?? null, wardId ?? null, manager, ctx.actor.id],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        requesterId: r.requester_id,
        colleagueId: r.colleague_id,
        wardId: r.ward_id,
        gives: r.gives,
        takes: r.takes,
        status: r.status,
        reason: r.reason,
        requestedAt: r.requested_at.toISOString(),
      })),
    };
  },
});
