import {
  ApproveLeave,
  BookTrainingPlace,
  CalculatePayRun,
  ClockIn,
  ClockOut,
  DefineMandatoryTraining,
  DefinePayGroup,
  DefineWardShifts,
  GetPayRun,
  HireEmployee,
  PublishRoster,
  RecordLicence,
  RecordTrainingAttendance,
  RequestLeave,
  ScheduleTrainingSession,
} from '@hms/plugin-staff/contracts';
import { staffPlugin } from '@hms/plugin-staff';
import type { PluginDefinition, ReportResult } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { analyticsPlugin } from './plugin';
import { resourceUtilisationReport } from './reports/resource-utilisation.report';
import { workforceReport } from './reports/workforce.report';

/** A made-up ward whose staff are its department; no real staff data. */
const WARD = '00000000-0000-4000-8000-00000000a001';
const MARCH = { from: '2027-03-01', to: '2027-03-31', timeZone: 'UTC' };
const at = (iso: string): string => `${iso}:00.000Z`;

/**
 * The workforce report over a week the test writes by hand: two nurses on ward A001, in UTC, from staff's events
 * only. Every expected figure is computed in the comments from the clock times below.
 */
describe('the workforce report from staff events', () => {
  let kernel: TestKernel;
  let full = '';
  let part = '';
  let result: ReportResult;

  const moveTo = (iso: string): void => kernel.clock.advance(Date.parse(iso) - Date.parse(kernel.clock.now()));
  const session = async (employeeId: string, from: string, to: string): Promise<void> => {
    moveTo(at(from));
    await kernel.execute(ClockIn, { employeeId, kioskId: 'ward-a001' });
    moveTo(at(to));
    await kernel.execute(ClockOut, { employeeId, kioskId: 'ward-a001' });
  };
  const nurse = async (n: number, fte: number): Promise<string> => {
    const { id } = await kernel.execute(HireEmployee, {
      givenName: 'Test',
      familyName: `Nurse ${n}`,
      workEmail: `nurse${n}@hospital.test`,
      departmentId: WARD,
      position: 'Staff nurse',
      staffNumber: `W${n}`,
      firstTerm: {
        from: '2027-01-01',
        to: null,
        type: 'permanent',
        fte,
        fullTimeWeeklyHours: 37.5,
        payGrade: 'N5',
        annualSalary: { amount: 3_900_000, currency: 'EUR' },
      },
    });
    await kernel.execute(RecordLicence, {
      employeeId: id,
      body: 'NMC',
      number: `N-${n}`,
      skills: ['rn'],
      validFrom: '2020-01-01',
      expiresOn: '2030-01-01',
    });
    return id;
  };
  const find = (r: ReportResult, section: string, measure: string): Record<string, unknown> | undefined =>
    r.rows.find((row) => row.section === section && row.measure === measure && row.subject === WARD);

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [staffPlugin, analyticsPlugin as PluginDefinition],
      now: '2027-02-20T09:00:00.000Z',
    });
    full = await nurse(1, 1); // 37.5 h a week
    part = await nurse(2, 0.6); // 22.5 h a week
    await kernel.execute(DefineWardShifts, {
      wardId: WARD,
      timeZone: 'UTC',
      shiftTypes: [
        { code: 'E', start: '07:00', end: '15:00', unpaidBreakMinutes: 30, requirements: [{ skill: 'rn', min: 1 }] },
      ],
    });
    // Rostered: the full-timer Monday to Thursday, the part-timer Friday and Saturday (6 × 8 h = 48 h).
    const shifts: [string, string][] = [
      ['2027-03-01', full],
      ['2027-03-02', full],
      ['2027-03-03', full],
      ['2027-03-04', full],
      ['2027-03-05', part],
      ['2027-03-06', part],
    ];
    await kernel.execute(PublishRoster, {
      wardId: WARD,
      period: { from: '2027-03-01', to: '2027-03-07' },
      assignments: shifts.map(([date, employeeId]) => ({
        wardId: WARD,
        shiftCode: 'E',
        date,
        employeeId,
        skill: 'rn',
      })),
      acknowledgeShortfalls: true,
    });
    // Thursday's shift: sick leave approved afterwards.
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: full,
      type: 'sick',
      from: '2027-03-04',
      to: '2027-03-04',
      days: 1,
    });
    await kernel.execute(ApproveLeave, { employeeId: full, requestId });
    await kernel.execute(DefineMandatoryTraining, {
      courseCode: 'BLS',
      validForMonths: 12,
      mandatoryFor: ['Staff nurse'],
    });
    const { id: sessionId } = await kernel.execute(ScheduleTrainingSession, {
      courseCode: 'BLS',
      startsAt: '2027-03-10T09:00:00.000Z',
      capacity: 10,
    });
    await kernel.execute(BookTrainingPlace, { sessionId, employeeId: full });
    await kernel.execute(BookTrainingPlace, { sessionId, employeeId: part });

    await session(full, '2027-03-01T06:58', '2027-03-01T15:00'); // 8 h 2 min
    await session(full, '2027-03-02T07:00', '2027-03-02T17:00'); // 10 h; Wednesday never clocked: absent
    await session(part, '2027-03-05T07:00', '2027-03-05T15:00'); // 8 h
    await session(part, '2027-03-06T06:00', '2027-03-06T21:30'); // 15 h 30: her week is 23.5 h, 1 h over 22.5
    moveTo('2027-03-10T12:00:00.000Z');
    await kernel.execute(RecordTrainingAttendance, { sessionId, employeeId: full, attended: true });
    await kernel.execute(RecordTrainingAttendance, { sessionId, employeeId: part, attended: false });
    moveTo('2027-04-02T09:00:00.000Z');
    await kernel.execute(DefinePayGroup, {
      payGroup: 'monthly-eur',
      policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] },
    });
    await kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: { from: MARCH.from, to: MARCH.to } });
    await kernel.settle();
    ({ result } = await kernel.runReport(workforceReport, MARCH));
  }, 60_000);
  afterAll(async () => kernel?.close());

  it('counts hours clocked against hours rostered', () => {
    // 8.0333 + 10 + 8 + 15.5 = 41.5333 → 41.53 of 48 rostered: 86.52 %.
    expect(find(result, 'Staff hours', 'hours worked (clocked)')?.value).toBe(41.53);
    expect(find(result, 'Staff hours', 'hours rostered')?.value).toBe(48);
    expect(find(result, 'Staff hours', 'rostered hours worked %')).toMatchObject({
      value: 86.52,
      numerator: 41.53,
      denominator: 48,
    });
  });

  it('counts overtime beyond contracted weekly hours', () => {
    // Full-timer 18.03 h of 37.5: none; part-timer 23.5 h of 22.5: 1 h.
    expect(find(result, 'Overtime', 'hours beyond contracted weekly hours')).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 41.53,
    });
  });

  it('rates absence among rostered shifts not on leave', () => {
    // 6 shifts, Thursday on sick leave, Wednesday never clocked: 1 of 5.
    expect(find(result, 'Absence', 'rostered shifts missed %')).toMatchObject({
      value: 20,
      numerator: 1,
      denominator: 5,
    });
  });

  it('rates mandatory training in date on the last day, per department and per course', () => {
    // BLS for every staff nurse: the full-timer attended on 10 March, the part-timer did not.
    expect(find(result, 'Training compliance', 'mandatory training in date % (department)')).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(
      result.rows.find((r) => r.measure === 'mandatory training in date % (course)' && r.subject === 'BLS'),
    ).toMatchObject({ value: 50 });
  });

  it("costs the department the gross of staff's pay run for March, in euro cents", async () => {
    const run = await kernel.ask(GetPayRun, { payGroup: 'monthly-eur', from: MARCH.from, to: MARCH.to });
    expect(run.totalGross).toBeGreaterThan(325_000 + 195_000); // both salaries, plus overtime
    expect(find(result, 'Staff cost', 'gross pay (EUR, minor units)')).toMatchObject({
      period: MARCH.from,
      value: run.totalGross,
      note: '2 payslips',
    });
  });

  it("fills the utilisation report's staff row instead of saying staff is not enabled", async () => {
    const { result: utilisation } = await kernel.runReport(resourceUtilisationReport, MARCH);
    expect(utilisation.rows.some((r) => r.section === 'Staff hours' && r.measure === 'not available')).toBe(false);
    expect(find(utilisation, 'Staff hours', 'hours worked (clocked)')?.value).toBe(41.53);
  });

  it('says the staff plugin is needed when it is not enabled', async () => {
    const bare = await createTestKernel({ plugins: [analyticsPlugin as PluginDefinition] });
    try {
      const { result: empty } = await bare.runReport(workforceReport, MARCH);
      expect(empty.rows.map((r) => [r.section, r.note])).toEqual(
        ['Staff hours', 'Overtime', 'Absence', 'Training compliance', 'Staff cost'].map((s) => [
          s,
          'the staff plugin is not enabled',
        ]),
      );
    } finally {
      await bare.close();
    }
  });
});
