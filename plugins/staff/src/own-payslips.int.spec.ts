import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire, rejection } from '../test/hire';
import { DefinePayGroup, GetOwnPayslip, ListOwnPayslips } from './contracts/pay-group.contracts';
import { CalculatePayRun, LockPayRun } from './contracts/payroll.contracts';
import { LEAVE_REQUEST, PAYROLL_RUN } from './contracts/permissions';
import { staffPlugin } from './plugin';

const NOW = '2027-04-02T09:00:00.000Z';
const MARCH = { from: '2027-03-01', to: '2027-03-31' };
/** The test kit's account ("test-actor") with only the self-service permission every employee has. */
const EMPLOYEE = { permissions: [LEAVE_REQUEST.name] };

describe('self-service payslips on the real kernel', () => {
  let kernel: TestKernel;
  let me = '';
  let colleague = '';

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
    me = await hire(kernel, { accountId: 'test-actor' });
    colleague = await hire(kernel, { accountId: 'colleague-account' });
    await kernel.execute(DefinePayGroup, {
      payGroup: 'monthly-eur',
      policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] },
    });
  });
  afterAll(async () => kernel?.close());

  it('shows one’s own payslip once the run is locked, as data and as a PDF', async () => {
    await kernel.execute(CalculatePayRun, { payGroup: 'monthly-eur', period: MARCH });
    // Calculated but not final: nothing to see yet, and the payslip answers as if absent.
    expect((await kernel.ask(ListOwnPayslips, { employeeId: me }, EMPLOYEE)).items).toEqual([]);
    expect(
      await rejection(kernel.ask(GetOwnPayslip, { employeeId: me, payGroup: 'monthly-eur', ...MARCH }, EMPLOYEE)),
    ).toMatchObject({ status: 404, code: 'PAYSLIP_NOT_FOUND' });

    await kernel.execute(LockPayRun, { payGroup: 'monthly-eur', period: MARCH });
    // By hand: 3,900,000 / 12 = 325,000 cents for a full month, nothing deducted.
    expect((await kernel.ask(ListOwnPayslips, { employeeId: me }, EMPLOYEE)).items).toEqual([
      {
        payGroup: 'monthly-eur',
        ...MARCH,
        run: 1,
        currency: 'EUR',
        gross: 325_000,
        deductions: 0,
        net: 325_000,
        lockedAt: NOW,
      },
    ]);
    const slip = await kernel.ask(GetOwnPayslip, { employeeId: me, payGroup: 'monthly-eur', ...MARCH }, EMPLOYEE);
    expect(slip.payslip).toMatchObject({ employeeId: me, net: 325_000 });
    const pdf = await kernel.ask(
      GetOwnPayslip,
      { employeeId: me, payGroup: 'monthly-eur', ...MARCH, format: 'pdf' },
      EMPLOYEE,
    );
    expect(pdf.pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never shows someone else’s payslips, not even to a payroll officer through self-service', async () => {
    for (const actor of [EMPLOYEE, { permissions: [LEAVE_REQUEST.name, PAYROLL_RUN.name] }]) {
      expect(await rejection(kernel.ask(ListOwnPayslips, { employeeId: colleague }, actor))).toMatchObject({
        status: 403,
        code: 'NOT_OWN_RECORD',
      });
      expect(
        await rejection(
          kernel.ask(GetOwnPayslip, { employeeId: colleague, payGroup: 'monthly-eur', ...MARCH, format: 'pdf' }, actor),
        ),
      ).toMatchObject({ status: 403, code: 'NOT_OWN_RECORD' });
    }
    // Without the self-service permission, not even one's own.
    expect(await rejection(kernel.ask(ListOwnPayslips, { employeeId: me }, { permissions: [] }))).toMatchObject({
      status: 403,
    });
  });
});
