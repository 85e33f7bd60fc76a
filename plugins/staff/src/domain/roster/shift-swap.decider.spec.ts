import { deciderSpec } from '@hms/sdk/testing';
import { COLLEAGUE, EMPLOYEE, meta, recorded, SWAP, WARD } from '../../../test/builders';
import { applySwap } from './apply-swap';
import { shiftSwapDecider, type ShiftSwapCommand, type ShiftSwapEvent } from './shift-swap.decider';
import type { Breach } from './roster.model';

const gives = { wardId: WARD, shiftCode: 'N', date: '2027-03-06' };
const takes = { wardId: WARD, shiftCode: 'E', date: '2027-03-09' };
const swap = { requesterId: EMPLOYEE, colleagueId: COLLEAGUE, gives, takes };
const requested: ShiftSwapEvent = { type: 'staff.ShiftSwapRequested', data: { ...recorded(), swapId: SWAP, ...swap } };
const accepted: ShiftSwapEvent = { type: 'staff.ShiftSwapAccepted', data: { ...recorded(), swapId: SWAP } };
const approve = (breaches: Breach[]): ShiftSwapCommand => ({
  type: 'staff.ApproveShiftSwap',
  meta: meta(),
  data: { swapId: SWAP, breaches },
});

describe('shift swap decider', () => {
  it('is requested, accepted by the colleague, then approved by the ward manager', () => {
    deciderSpec(shiftSwapDecider)
      .given([])
      .when({ type: 'staff.RequestShiftSwap', meta: meta(), data: { swapId: SWAP, ...swap } })
      .then([requested]);
    deciderSpec(shiftSwapDecider)
      .given([requested])
      .when({ type: 'staff.AcceptShiftSwap', meta: meta(), data: { swapId: SWAP } })
      .then([accepted]);
    deciderSpec(shiftSwapDecider)
      .given([requested, accepted])
      .when(approve([]))
      .then([{ type: 'staff.ShiftSwapApproved', data: { ...recorded(), swapId: SWAP, ...swap } }]);
  });

  it('is never approved when the swapped roster breaks a hard rule; a soft one does not stop it', () => {
    const rest: Breach = { rule: 'rest', severity: 'hard', employeeId: COLLEAGUE, message: 'less than 11 h rest' };
    const fairness: Breach = { rule: 'fairness', severity: 'soft', message: 'nights uneven' };
    deciderSpec(shiftSwapDecider)
      .given([requested, accepted])
      .when(approve([rest, fairness]))
      .thenRejects('SHIFT_SWAP_BREAKS_RULES');
    deciderSpec(shiftSwapDecider)
      .given([requested, accepted])
      .when(approve([fairness]))
      .then([{ type: 'staff.ShiftSwapApproved', data: { ...recorded(), swapId: SWAP, ...swap } }]);
  });

  it('needs the colleague to agree before the manager decides, and ends when declined or withdrawn', () => {
    deciderSpec(shiftSwapDecider).given([requested]).when(approve([])).thenRejects('SHIFT_SWAP_NOT_OPEN');
    const declined: ShiftSwapEvent = { type: 'staff.ShiftSwapDeclined', data: { ...recorded(), swapId: SWAP } };
    deciderSpec(shiftSwapDecider)
      .given([requested])
      .when({ type: 'staff.DeclineShiftSwap', meta: meta(), data: { swapId: SWAP } })
      .then([declined]);
    deciderSpec(shiftSwapDecider)
      .given([requested, declined])
      .when({ type: 'staff.AcceptShiftSwap', meta: meta(), data: { swapId: SWAP } })
      .thenRejects('SHIFT_SWAP_NOT_OPEN');
    deciderSpec(shiftSwapDecider)
      .given([requested, accepted])
      .when({ type: 'staff.WithdrawShiftSwap', meta: meta(), data: { swapId: SWAP } })
      .then([{ type: 'staff.ShiftSwapWithdrawn', data: { ...recorded(), swapId: SWAP } }]);
    deciderSpec(shiftSwapDecider)
      .given([requested, accepted])
      .when({ type: 'staff.RefuseShiftSwap', meta: meta(), data: { swapId: SWAP, reason: 'Skill mix on the night' } })
      .then([
        { type: 'staff.ShiftSwapRefused', data: { ...recorded(), swapId: SWAP, reason: 'Skill mix on the night' } },
      ]);
  });

  it('refuses a swap with oneself, and an unknown swap', () => {
    deciderSpec(shiftSwapDecider)
      .given([])
      .when({ type: 'staff.RequestShiftSwap', meta: meta(), data: { swapId: SWAP, ...swap, colleagueId: EMPLOYEE } })
      .thenRejects('SHIFT_SWAP_WITH_SELF');
    deciderSpec(shiftSwapDecider).given([]).when(approve([])).thenRejects('SHIFT_SWAP_NOT_FOUND');
  });
});

describe(applySwap.name, () => {
  it("exchanges the two shifts, keeping each seat's skill", () => {
    const roster = [
      { employeeId: EMPLOYEE, ...gives, skill: 'rn' },
      { employeeId: COLLEAGUE, ...takes, skill: 'rn' },
      { employeeId: COLLEAGUE, wardId: WARD, shiftCode: 'E', date: '2027-03-06', skill: 'rn' },
    ];
    expect(applySwap(roster, swap)).toEqual([
      { employeeId: COLLEAGUE, ...gives, skill: 'rn' },
      { employeeId: EMPLOYEE, ...takes, skill: 'rn' },
      { employeeId: COLLEAGUE, wardId: WARD, shiftCode: 'E', date: '2027-03-06', skill: 'rn' },
    ]);
  });
});
