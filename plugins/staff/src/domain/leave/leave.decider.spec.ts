import { deciderSpec } from '@hms/sdk/testing';
import { EMPLOYEE, meta, OTHER_REQUEST, recorded, REQUEST } from '../../../test/builders';
import { leaveDecider, type LeaveCommand, type LeaveEvent } from './leave.decider';

const YEAR = { yearFrom: '2027-01-01', yearTo: '2027-12-31' };
const ask = (
  from: string,
  to: string,
  days: number,
  accruedDays: number | null,
  type: 'annual' | 'sick' | 'unpaid' = 'annual',
  requestId = REQUEST,
): LeaveCommand => ({
  type: 'staff.RequestLeave',
  meta: meta(),
  data: {
    employeeId: EMPLOYEE,
    requestId,
    type,
    from,
    to,
    days,
    balance: accruedDays === null ? null : { accruedDays, ...YEAR },
  },
});
const asked = (
  from: string,
  to: string,
  days: number,
  requestId = REQUEST,
  type: 'annual' | 'sick' | 'unpaid' = 'annual',
): LeaveEvent => ({
  type: 'staff.LeaveRequested',
  data: { ...recorded(), employeeId: EMPLOYEE, requestId, type, from, to, days },
});
const ids = { employeeId: EMPLOYEE, requestId: REQUEST };
const approved: LeaveEvent = { type: 'staff.LeaveApproved', data: { ...recorded(), ...ids } };

describe('leave decider', () => {
  it('takes a request within the balance earned so far', () =>
    deciderSpec(leaveDecider)
      .given([])
      .when(ask('2027-03-15', '2027-03-19', 5, 6.75))
      .then([asked('2027-03-15', '2027-03-19', 5)]));

  it('counts pending and approved requests against the balance, not refused or cancelled ones', () => {
    const first = asked('2027-03-15', '2027-03-17', 3, OTHER_REQUEST);
    deciderSpec(leaveDecider)
      .given([first])
      .when(ask('2027-04-05', '2027-04-08', 4, 6.75))
      .thenRejects('INSUFFICIENT_LEAVE_BALANCE');
    const refused: LeaveEvent = {
      type: 'staff.LeaveRefused',
      data: { ...recorded(), employeeId: EMPLOYEE, requestId: OTHER_REQUEST, reason: 'Ward short that week' },
    };
    deciderSpec(leaveDecider)
      .given([first, refused])
      .when(ask('2027-04-05', '2027-04-08', 4, 6.75))
      .then([asked('2027-04-05', '2027-04-08', 4)]);
  });

  it('takes sick and unpaid leave without a balance', () =>
    deciderSpec(leaveDecider)
      .given([])
      .when(ask('2027-03-02', '2027-03-03', 2, null, 'sick'))
      .then([asked('2027-03-02', '2027-03-03', 2, REQUEST, 'sick')]));

  it('refuses overlapping leave and more working days than the dates hold', () => {
    deciderSpec(leaveDecider)
      .given([asked('2027-03-15', '2027-03-19', 5, OTHER_REQUEST)])
      .when(ask('2027-03-19', '2027-03-22', 2, 20))
      .thenRejects('LEAVE_OVERLAPS');
    deciderSpec(leaveDecider)
      .given([])
      .when(ask('2027-03-15', '2027-03-16', 3, 20))
      .thenRejects('LEAVE_DAYS_EXCEED_DATES');
  });

  it('approves or refuses (with a reason) a pending request, once', () => {
    deciderSpec(leaveDecider)
      .given([asked('2027-03-15', '2027-03-19', 5)])
      .when({ type: 'staff.ApproveLeave', meta: meta(), data: ids })
      .then([approved]);
    deciderSpec(leaveDecider)
      .given([asked('2027-03-15', '2027-03-19', 5)])
      .when({ type: 'staff.RefuseLeave', meta: meta(), data: { ...ids, reason: 'Ward short' } })
      .then([{ type: 'staff.LeaveRefused', data: { ...recorded(), ...ids, reason: 'Ward short' } }]);
    deciderSpec(leaveDecider)
      .given([asked('2027-03-15', '2027-03-19', 5), approved])
      .when({ type: 'staff.ApproveLeave', meta: meta(), data: ids })
      .thenRejects('LEAVE_NOT_PENDING');
    deciderSpec(leaveDecider)
      .given([])
      .when({ type: 'staff.ApproveLeave', meta: meta(), data: ids })
      .thenRejects('LEAVE_REQUEST_NOT_FOUND');
  });

  it('cancels approved leave before it starts (the days return), not after', () => {
    const cancel = (now: string): LeaveCommand => ({
      type: 'staff.CancelLeave',
      meta: meta(now),
      data: { ...ids, today: now.slice(0, 10) },
    });
    const given = [asked('2027-03-15', '2027-03-19', 5), approved];
    deciderSpec(leaveDecider)
      .given(given)
      .when(cancel('2027-03-14T18:00:00.000Z'))
      .then([{ type: 'staff.LeaveCancelled', data: { ...recorded('2027-03-14T18:00:00.000Z'), ...ids } }]);
    deciderSpec(leaveDecider)
      .given(given)
      .when(cancel('2027-03-15T08:00:00.000Z'))
      .thenRejects('LEAVE_ALREADY_STARTED');
    const cancelled: LeaveEvent = { type: 'staff.LeaveCancelled', data: { ...recorded(), ...ids } };
    deciderSpec(leaveDecider)
      .given([...given, cancelled])
      .when(ask('2027-03-15', '2027-03-19', 5, 5, 'annual', OTHER_REQUEST))
      .then([asked('2027-03-15', '2027-03-19', 5, OTHER_REQUEST)]);
  });
});
