import { defineProjection } from '@hms/sdk';
import {
  ShiftSwapAccepted,
  ShiftSwapApproved,
  ShiftSwapDeclined,
  ShiftSwapRefused,
  ShiftSwapRequested,
  ShiftSwapWithdrawn,
} from '../contracts/roster.events';

const STATUS = {
  [ShiftSwapAccepted.type]: 'accepted',
  [ShiftSwapApproved.type]: 'approved',
  [ShiftSwapDeclined.type]: 'declined',
  [ShiftSwapRefused.type]: 'refused',
  [ShiftSwapWithdrawn.type]: 'withdrawn',
} as const;

/** Swaps waiting for a colleague or the ward manager, and their outcome. */
export const shiftSwapsProjection = defineProjection({
  name: 'staff.shift-swaps',
  mode: 'inline',
  handles: [
    ShiftSwapRequested,
    ShiftSwapAccepted,
    ShiftSwapDeclined,
    ShiftSwapApproved,
    ShiftSwapRefused,
    ShiftSwapWithdrawn,
  ],
  tables: ['staff.shift_swaps'],
  async evolve(event, sql) {
    if (event.type === ShiftSwapRequested.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.shift_swaps (id, requester_id, colleague_id, ward_id, gives, takes, status, requested_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'requested', $7, $7) ON CONFLICT (id) DO NOTHING`,
        [
          d.swapId,
          d.requesterId,
          d.colleagueId,
          d.gives.wardId,
          JSON.stringify(d.gives),
          d.takes ? JSON.stringify(d.takes) : null,
          d.at,
        ],
      );
      return;
    }
    const reason = 'reason' in event.data ? (event.data.reason ?? null) : null;
    await sql.query(`UPDATE staff.shift_swaps SET status = $2, reason = $3, updated_at = $4 WHERE id = $1`, [
      event.data.swapId,
      STATUS[event.type],
      reason,
      event.data.at,
    ]);
  },
});
