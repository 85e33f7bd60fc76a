import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DEPARTMENT } from '../test/builders';
import { hire, rejection } from '../test/hire';
import { ClockIn, ClockOut } from './contracts/attendance.contracts';
import { RecordLicence } from './contracts/employee.commands';
import { DefinePayGroup, GetPayRun, GetPayslip, ListPayRuns } from './contracts/pay-group.contracts';
import { CalculatePayRun, LockPayRun } from './contracts/payroll.contracts';
import { PublishRoster } from './contracts/roster.commands';
import { GetAttendance } from './contracts/queries';
import { DefineWardShifts } from './contracts/ward-shifts.contracts';
import { staffPlugin } from './plugin';

/** Monday 2027-03-15, 06:55 in Lisbon (UTC+0 until the 28th). */
const NOW = '2027-03-15T06:55:00.000Z';
const MINUTE = 60_000;
const MARCH = { from: '2027-03-01', to: '2027-03-31' };

describe('clocking, attendance and a pay run on the real kernel', () => {
  let kernel: TestKernel;
  let nurse = '';

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
    // A starter on 15 March: €39,000 a year full time, 37.5 h a week (hourly rate 2,000 cents).
    nurse = await hire(kernel, {
      departmentId: DEPARTMENT,
      firstTerm: {
        from: '2027-03-15',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 37.5,
        payGrade: 'N5',
        annualSalary: { amount: 3_900_000, currency: 'EUR' },
      },
    });
    await kernel.execute(RecordLicence, {
      employeeId: nurse,
      body: 'NMC',
      number: 'P-1',
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
      assignments: ['2027-03-15', '2027-03-16'].map((date) => ({
        wardId: DEPARTMENT,
        shiftCode: 'E',
        date,
        employeeId: nurse,
        skill: 'rn',
      })),
      acknowledgeShortfalls: true,
    });
  });
  afterAll(async () => kernel?.close());

  it('clocks in and out at a kiosk, refusing a second clock-in, and judges the shifts against the roster', async () => {
    await kernel.execute(ClockIn, { employeeId: nurse, kioskId: 'ward-3a' });
    expect(await rejection(kernel.execute(ClockIn, { employeeId: nurse, kioskId: 'ward-3a' }))).toMatchObject({
      status: 422,
      code: 'ALREADY_CLOCKED_IN',
    });
    kernel.clock.advance((8 * 60 + 45) * MINUTE); // 15:40: forty minutes past the end of the early
    await kernel.execute(ClockOut, { employeeId: nurse, kioskId: 'ward-3a' });
    kernel.clock.advance(2 * 24 * 60 * MINUTE); // Wednesday: Tuesday's early was never clocked

    const attendance = await kernel.ask(GetAttendance, { employeeId: nurse, from: '2027-03-15', to: '2027-03-21' });
    expect(attendance.shifts.map((s) => [s.date, s.status, s.lateMinutes, s.overtimeMinutes, s.workedMinutes])).toEqual(
      [
        ['2027-03-15', 'worked', 0, 40, 495],
        ['2027-03-16', 'absent', 0, 0, 0],
      ],
    );
    expect(attendance.weeks).toEqual([
      expect.objectContaining({ week: '2027-03-15', workedMinutes: 495, overtimeMinutes: 40 }),
    ]);
  });

  it('pays March from the contract and attendance, locks it, and never runs it again', async () => {
    kernel.clock.advance(18 * 24 * 60 * MINUTE); // 2027-04-02
    await kernel.execute(DefinePayGroup, {
      payGroup: 'monthly-eur',
      policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] },
    });
    const run = await kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH });
    expect(run).toMatchObject({ run: 1, payslips: 1, currency: 'EUR' });

    // By hand: basic 3,900,000 / 12 × 17/31 = 178,225.8 → 178,226; overtime 40 min × 2,000 × 1.5 = 2,000.
    const view = await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', ...MARCH });
    expect(view.payslips).toEqual([
      expect.objectContaining({ employeeId: nurse, currency: 'EUR', gross: 180_226, deductions: 0, net: 180_226 }),
    ]);
    const pdf = await kernel.ask(GetPayslip, { payGroup: 'monthly-eur', ...MARCH, employeeId: nurse, format: 'pdf' });
    expect(pdf.pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Recalculating is allowed until the lock; after it, the period is final.
    expect(await kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH })).toMatchObject({ run: 2 });
    await kernel.execute(LockPayRun, { payGroup: 'monthly-eur', period: MARCH });
    expect(await rejection(kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH }))).toMatchObject({
      status: 422,
      code: 'PAY_RUN_LOCKED',
    });
    expect((await kernel.ask(ListPayRuns, {})).items).toEqual([
      expect.objectContaining({ payGroup: 'monthly-eur', run: 2, status: 'locked', totalNet: 180_226 }),
    ]);
  });

  it('refuses a pay run for a pay group nobody defined', async () => {
    expect(await rejection(kernel.execute(CalculatePayRun, { payGroup: 'weekly', period: MARCH }))).toMatchObject({
      status: 404,
      code: 'PAY_GROUP_NOT_FOUND',
    });
  });
});
