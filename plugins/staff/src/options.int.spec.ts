import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DEPARTMENT } from '../test/builders';
import { hire, rejection } from '../test/hire';
import { ClockIn, ClockOut } from './contracts/attendance.contracts';
import { RecordLicence } from './contracts/employee.commands';
import { ApproveLeave, RequestLeave } from './contracts/leave.commands';
import { DefinePayGroup, GetPayRun } from './contracts/pay-group.contracts';
import { CalculatePayRun } from './contracts/payroll.contracts';
import { GetLeaveOverview, GetWardAttendance } from './contracts/queries';
import { PublishRoster } from './contracts/roster.commands';
import { DefineWardShifts } from './contracts/ward-shifts.contracts';
import { staffPlugin } from './plugin';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MARCH = { from: '2027-03-01', to: '2027-03-31' };

/**
 * A hospital with its own rules: 30 days' annual leave with up to 8 carried over, 15 minutes' grace for
 * lateness, and 15 March 2027 a bank holiday paid 10.00 an hour on top. Invented people only.
 */
describe('the staff plugin with the hospital’s options, on the real kernel', () => {
  let kernel: TestKernel;
  let ana = '';

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [
        staffPlugin.configure({
          annualLeaveDays: 30,
          maxCarryOverDays: 8,
          lateGraceMinutes: 15,
          bankHolidays: ['2027-03-15'],
        }),
      ],
      now: '2026-06-01T09:00:00.000Z',
    });
    ana = await hire(kernel, {
      firstTerm: {
        from: '2026-01-01',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 37.5,
        payGrade: 'N5',
        annualSalary: { amount: 3_900_000, currency: 'EUR' },
      },
    });
    // 2026: 15 of the 30 days taken (as many as were earned by the end of June), so 15 are unused.
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: ana,
      type: 'annual',
      from: '2026-07-06',
      to: '2026-07-24',
      days: 15,
    });
    await kernel.execute(ApproveLeave, { employeeId: ana, requestId });
  });
  afterAll(async () => kernel?.close());

  it('carries unused annual leave into the next year, up to the hospital’s limit', async () => {
    kernel.clock.advance(Date.parse('2027-03-15T06:55:00.000Z') - Date.parse('2026-06-01T09:00:00.000Z'));
    const { balances } = await kernel.ask(GetLeaveOverview, { employeeId: ana });
    // 2027 by 15 March: January and February complete, 2 × 30 / 12 = 5; 15 unused in 2026, 8 carry.
    expect(balances.find((b) => b.type === 'annual')).toEqual({
      type: 'annual',
      yearFrom: '2027-01-01',
      yearTo: '2027-12-31',
      accruedDays: 5,
      carriedOverDays: 8,
      bookedDays: 0,
      availableDays: 38,
    });
    const ask = (days: number) =>
      kernel.execute(RequestLeave, { employeeId: ana, type: 'annual', from: '2027-11-01', to: '2027-12-31', days });
    expect(await rejection(ask(38.5))).toMatchObject({ status: 422, code: 'INSUFFICIENT_LEAVE_BALANCE' });
    expect(await ask(38)).toMatchObject({ status: 'pending' });
  });

  it('judges lateness by the hospital’s grace, and pays bank-holiday hours by the pay group’s rule', async () => {
    await kernel.execute(RecordLicence, {
      employeeId: ana,
      body: 'NMC',
      number: 'P-9',
      skills: ['rn'],
      validFrom: '2020-01-01',
      expiresOn: '2030-01-01',
    });
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
      assignments: [{ wardId: DEPARTMENT, shiftCode: 'E', date: '2027-03-15', employeeId: ana, skill: 'rn' }],
      acknowledgeShortfalls: true,
    });
    // 07:12 to 15:40 on the bank holiday: 12 minutes late is within the hospital's 15 minutes' grace.
    kernel.clock.advance(17 * MINUTE);
    await kernel.execute(ClockIn, { employeeId: ana, kioskId: 'ward-3a' });
    kernel.clock.advance((8 * 60 + 28) * MINUTE);
    await kernel.execute(ClockOut, { employeeId: ana, kioskId: 'ward-3a' });
    const ward = await kernel.ask(GetWardAttendance, { wardId: DEPARTMENT, from: '2027-03-15', to: '2027-03-15' });
    expect(ward.shifts).toEqual([expect.objectContaining({ status: 'worked', lateMinutes: 0, overtimeMinutes: 40 })]);

    kernel.clock.advance(18 * DAY);
    await kernel.execute(DefinePayGroup, {
      payGroup: 'monthly-eur',
      policy: {
        currency: 'EUR',
        overtimeMultiplier: 1.5,
        rules: [
          {
            code: 'BANK_HOL',
            label: 'Bank holiday premium',
            kind: 'earning',
            basis: 'per-hour',
            hoursOf: 'bank-holiday',
            amount: 1_000,
          },
        ],
      },
    });
    await kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH });
    const [slip] = (await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...MARCH })).payslips;
    // 07:12–15:40 is 508 minutes less the 30-minute break: 478 minutes × 1,000 / 60 = 7,966.67 → 7,967 cents.
    expect(slip?.lines).toContainEqual({
      code: 'BANK_HOL',
      label: 'Bank holiday premium',
      kind: 'earning',
      amount: 7_967,
    });
  });

  it('refuses an option out of range when the plugin is configured, naming it', () => {
    expect(() => staffPlugin.configure({ minRestHours: 30 })).toThrow(/minRestHours/);
    expect(() => staffPlugin.configure({ timeZone: 'Nowhere/Land' })).toThrow(/timeZone/);
  });
});
