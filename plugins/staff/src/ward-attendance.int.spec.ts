import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DEPARTMENT } from '../test/builders';
import { hire, rejection } from '../test/hire';
import { ClockIn, ClockOut } from './contracts/attendance.contracts';
import { RecordLicence } from './contracts/employee.commands';
import { ApproveLeave, RequestLeave } from './contracts/leave.commands';
import { ROSTER_READ } from './contracts/permissions';
import { GetWardAttendance } from './contracts/queries';
import { PublishRoster } from './contracts/roster.commands';
import { DefineWardShifts } from './contracts/ward-shifts.contracts';
import { staffPlugin } from './plugin';

/** Monday 2027-03-15, 06:55 in Lisbon (UTC+0 until the 28th). */
const NOW = '2027-03-15T06:55:00.000Z';
const MINUTE = 60_000;

describe('a ward’s attendance in one answer, on the real kernel', () => {
  let kernel: TestKernel;
  let ana = '';
  let ben = '';
  let cai = '';

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
    [ana, ben, cai] = [
      await hire(kernel, { givenName: 'Ana', familyName: 'Early' }),
      await hire(kernel, { givenName: 'Ben', familyName: 'Missing' }),
      await hire(kernel, { givenName: 'Cai', familyName: 'Away' }),
    ];
    for (const [n, employeeId] of [ana, ben, cai].entries()) {
      await kernel.execute(RecordLicence, {
        employeeId,
        body: 'NMC',
        number: `P-${n}`,
        skills: ['rn'],
        validFrom: '2020-01-01',
        expiresOn: '2030-01-01',
      });
    }
    await kernel.execute(DefineWardShifts, {
      wardId: DEPARTMENT,
      timeZone: 'Europe/Lisbon',
      shiftTypes: [
        { code: 'E', start: '07:00', end: '15:00', unpaidBreakMinutes: 30, requirements: [{ skill: 'rn', min: 1 }] },
      ],
    });
    await kernel.execute(PublishRoster, {
      wardId: DEPARTMENT,
      period: { from: '2027-03-15', to: '2027-03-21' },
      assignments: ['2027-03-15', '2027-03-16'].flatMap((date) =>
        [ana, ben, cai].map((employeeId) => ({ wardId: DEPARTMENT, shiftCode: 'E', date, employeeId, skill: 'rn' })),
      ),
      acknowledgeShortfalls: true,
    });
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: cai,
      type: 'sick',
      from: '2027-03-15',
      to: '2027-03-15',
      days: 1,
    });
    await kernel.execute(ApproveLeave, { employeeId: cai, requestId });
  });
  afterAll(async () => kernel?.close());

  it('says who worked, was late, absent or on leave, and who is on shift or not clocked in now', async () => {
    // Monday: Ana 07:12–15:40 (12 min late, 40 past the end); Ben never comes; Cai is off sick.
    kernel.clock.advance(17 * MINUTE);
    await kernel.execute(ClockIn, { employeeId: ana, kioskId: 'ward-3a' });
    kernel.clock.advance((8 * 60 + 28) * MINUTE);
    await kernel.execute(ClockOut, { employeeId: ana, kioskId: 'ward-3a' });
    // Tuesday 07:30: Ana clocked in at 06:58; Ben has not; Cai came in at 07:20.
    kernel.clock.advance((15 * 60 + 18) * MINUTE); // 06:58
    await kernel.execute(ClockIn, { employeeId: ana, kioskId: 'ward-3a' });
    kernel.clock.advance(22 * MINUTE); // 07:20
    await kernel.execute(ClockIn, { employeeId: cai, kioskId: 'ward-3a' });
    kernel.clock.advance(10 * MINUTE); // 07:30

    const ward = await kernel.ask(GetWardAttendance, { wardId: DEPARTMENT, from: '2027-03-15', to: '2027-03-16' });
    expect(ward.asOf).toBe('2027-03-16T07:30:00.000Z');
    expect(ward.shifts.map((s) => [s.date, s.name, s.status, s.lateMinutes, s.overtimeMinutes])).toEqual([
      ['2027-03-15', 'Ana Early', 'worked', 12, 40],
      ['2027-03-15', 'Ben Missing', 'absent', 0, 0],
      ['2027-03-15', 'Cai Away', 'on-leave', 0, 0],
      ['2027-03-16', 'Ana Early', 'on-shift', 0, 0],
      ['2027-03-16', 'Ben Missing', 'not-clocked-in', 30, 0],
      ['2027-03-16', 'Cai Away', 'on-shift', 20, 0],
    ]);
    expect(ward.clockedIn.map((c) => [c.name, c.since])).toEqual([
      ['Ana Early', '2027-03-16T06:58:00.000Z'],
      ['Cai Away', '2027-03-16T07:20:00.000Z'],
    ]);
    expect(ward.totals).toEqual({
      rostered: 6,
      worked: 1,
      onShift: 2,
      late: 3,
      absent: 1,
      notClockedIn: 1,
      onLeave: 1,
      upcoming: 0,
      overtimeMinutes: 40,
    });
  });

  it('refuses a period backwards or too long, and an employee without the ward manager’s permission', async () => {
    for (const [from, to] of [
      ['2027-03-16', '2027-03-15'],
      ['2027-03-01', '2027-04-30'],
    ] as const) {
      expect(await rejection(kernel.ask(GetWardAttendance, { wardId: DEPARTMENT, from, to }))).toMatchObject({
        status: 422,
        code: 'DATES_OUT_OF_ORDER',
      });
    }
    expect(
      await rejection(
        kernel.ask(
          GetWardAttendance,
          { wardId: DEPARTMENT, from: '2027-03-15', to: '2027-03-15' },
          { permissions: [ROSTER_READ.name] },
        ),
      ),
    ).toMatchObject({ status: 403 });
  });
});
