import { deciderSpec } from '@hms/sdk/testing';
import type { Payslip } from '../../contracts/payroll.schemas';
import { EMPLOYEE, meta, recorded } from '../../../test/builders';
import { payRunDecider, type PayRunCommand, type PayRunEvent } from './pay-run.decider';

const period = { from: '2027-03-01', to: '2027-03-31' };
const slip = (net: number): Payslip => ({
  employeeId: EMPLOYEE,
  currency: 'EUR',
  lines: [{ code: 'BASIC', label: 'Basic', kind: 'earning', amount: net }],
  gross: net,
  deductions: 0,
  net,
});
const calculate = (net: number): PayRunCommand => ({
  type: 'staff.CalculatePayRun',
  meta: meta(),
  data: { payGroup: 'monthly', period, currency: 'EUR', payslips: [slip(net)] },
});
const calculated = (run: number, net: number): PayRunEvent => ({
  type: 'staff.PayRunCalculated',
  data: { ...recorded(), payGroup: 'monthly', period, run, currency: 'EUR', payslips: [slip(net)] },
});
const lock: PayRunCommand = { type: 'staff.LockPayRun', meta: meta(), data: { payGroup: 'monthly', period } };
const locked: PayRunEvent = {
  type: 'staff.PayRunLocked',
  data: { ...recorded(), payGroup: 'monthly', period, run: 2, totalNet: 250_000, currency: 'EUR' },
};

describe('pay run decider', () => {
  it('calculates a period, and recalculates it as a new run until it is locked', () => {
    deciderSpec(payRunDecider)
      .given([])
      .when(calculate(244_550))
      .then([calculated(1, 244_550)]);
    deciderSpec(payRunDecider)
      .given([calculated(1, 244_550)])
      .when(calculate(250_000))
      .then([calculated(2, 250_000)]);
  });

  it('locks the latest run with its total', () =>
    deciderSpec(payRunDecider)
      .given([calculated(1, 244_550), calculated(2, 250_000)])
      .when(lock)
      .then([locked]));

  it('never runs a locked period again, and locks only a calculated one', () => {
    deciderSpec(payRunDecider)
      .given([calculated(1, 244_550), calculated(2, 250_000), locked])
      .when(calculate(1))
      .thenRejects('PAY_RUN_LOCKED');
    deciderSpec(payRunDecider)
      .given([calculated(1, 244_550), calculated(2, 250_000), locked])
      .when(lock)
      .thenRejects('PAY_RUN_LOCKED');
    deciderSpec(payRunDecider).given([]).when(lock).thenRejects('PAY_RUN_NOT_CALCULATED');
  });
});
