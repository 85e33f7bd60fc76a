import { deciderSpec } from '@hms/sdk/testing';
import { EMPLOYEE, meta, recorded } from '../../../test/builders';
import { clockDecider, type ClockCommand, type ClockEvent } from './clock.decider';

const IN_AT = '2027-03-01T06:58:00.000Z';
const OUT_AT = '2027-03-01T15:20:00.000Z';
const clockIn: ClockCommand = {
  type: 'staff.ClockIn',
  meta: meta(IN_AT),
  data: { employeeId: EMPLOYEE, kioskId: 'kiosk-ward-3' },
};
const clockOut: ClockCommand = {
  type: 'staff.ClockOut',
  meta: meta(OUT_AT),
  data: { employeeId: EMPLOYEE, kioskId: 'kiosk-ward-3' },
};
const clockedIn: ClockEvent = {
  type: 'staff.ClockedIn',
  data: { ...recorded(IN_AT), employeeId: EMPLOYEE, kioskId: 'kiosk-ward-3' },
};

describe('clock decider (badge kiosk)', () => {
  it('clocks in, then out with the session start on the event', () => {
    deciderSpec(clockDecider).given([]).when(clockIn).then([clockedIn]);
    deciderSpec(clockDecider)
      .given([clockedIn])
      .when(clockOut)
      .then([
        {
          type: 'staff.ClockedOut',
          data: { ...recorded(OUT_AT), employeeId: EMPLOYEE, kioskId: 'kiosk-ward-3', clockedInAt: IN_AT },
        },
      ]);
  });

  it('refuses a second clock-in (a forgotten clock-out shows) and a clock-out without a clock-in', () => {
    deciderSpec(clockDecider).given([clockedIn]).when(clockIn).thenRejects('ALREADY_CLOCKED_IN');
    deciderSpec(clockDecider).given([]).when(clockOut).thenRejects('NOT_CLOCKED_IN');
  });
});
