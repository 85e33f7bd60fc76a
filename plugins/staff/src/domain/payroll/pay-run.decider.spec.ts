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

  describe('in the background', () => {
    const OTHER = '00000000-0000-4000-8000-0000000000aa';
    const slipOf = (employeeId: string, net: number): Payslip => ({ ...slip(net), employeeId });
    const start: PayRunCommand = {
      type: 'staff.StartPayRun',
      meta: meta(),
      data: { payGroup: 'monthly', period, currency: 'EUR' },
    };
    const started = (run: number): PayRunEvent => ({
      type: 'staff.PayRunStarted',
      data: { ...recorded(), payGroup: 'monthly', period, run, currency: 'EUR' },
    });
    const record = (run: number, done: number, payslips: Payslip[]): PayRunCommand => ({
      type: 'staff.RecordPayslips',
      meta: meta(),
      data: { payGroup: 'monthly', period, run, total: 2, done, payslips },
    });
    const batch = (run: number, done: number, payslips: Payslip[]): PayRunEvent => ({
      type: 'staff.PayslipsCalculated',
      data: { ...recorded(), payGroup: 'monthly', period, run, total: 2, done, payslips },
    });
    const complete = (run: number): PayRunCommand => ({
      type: 'staff.CompletePayRun',
      meta: meta(),
      data: { payGroup: 'monthly', period, run },
    });
    const fail = (run: number): PayRunCommand => ({
      type: 'staff.FailPayRun',
      meta: meta(),
      data: { payGroup: 'monthly', period, run, code: 'CURRENCY_MISMATCH', details: { employeeId: OTHER } },
    });

    it('numbers a run after every run before it, a failed one included', () => {
      deciderSpec(payRunDecider)
        .given([])
        .when(start)
        .then([started(1)]);
      deciderSpec(payRunDecider)
        .given([calculated(1, 244_550), started(2)])
        .when(start)
        .then([started(3)]);
      deciderSpec(payRunDecider)
        .given([
          calculated(1, 244_550),
          started(2),
          {
            type: 'staff.PayRunFailed',
            data: { ...recorded(), payGroup: 'monthly', period, run: 2, code: 'X', details: {} },
          },
        ])
        .when(start)
        .then([started(3)]);
    });

    it('records each member once, and completes with every batch', () => {
      deciderSpec(payRunDecider)
        .given([started(1)])
        .when(record(1, 1, [slipOf(EMPLOYEE, 100)]))
        .then([batch(1, 1, [slipOf(EMPLOYEE, 100)])]);
      deciderSpec(payRunDecider)
        .given([started(1), batch(1, 1, [slipOf(EMPLOYEE, 100)])])
        .when(record(1, 2, [slipOf(EMPLOYEE, 100), slipOf(OTHER, 200)]))
        .then([batch(1, 2, [slipOf(OTHER, 200)])]);
      deciderSpec(payRunDecider)
        .given([started(1), batch(1, 1, [slipOf(EMPLOYEE, 100)])])
        .when(record(1, 1, [slipOf(EMPLOYEE, 100)]))
        .then([]);
      deciderSpec(payRunDecider)
        .given([started(1), batch(1, 1, [slipOf(EMPLOYEE, 100)]), batch(1, 2, [slipOf(OTHER, 200)])])
        .when(complete(1))
        .then([
          {
            type: 'staff.PayRunCalculated',
            data: {
              ...recorded(),
              payGroup: 'monthly',
              period,
              run: 1,
              currency: 'EUR',
              payslips: [slipOf(EMPLOYEE, 100), slipOf(OTHER, 200)],
            },
          },
        ]);
    });

    it('lets a replaced or ended run record nothing', () => {
      deciderSpec(payRunDecider)
        .given([started(1), started(2)])
        .when(record(1, 1, [slip(100)]))
        .then([]);
      deciderSpec(payRunDecider)
        .given([started(1), started(2)])
        .when(complete(1))
        .then([]);
      deciderSpec(payRunDecider)
        .given([started(1), started(2)])
        .when(fail(1))
        .then([]);
      deciderSpec(payRunDecider)
        .given([calculated(1, 244_550), calculated(2, 250_000), locked])
        .when(record(2, 1, [slip(100)]))
        .then([]);
    });

    it('refuses to lock while a run is calculated, and to start once locked', () => {
      deciderSpec(payRunDecider)
        .given([calculated(1, 244_550), started(2)])
        .when(lock)
        .thenRejects('PAY_RUN_RUNNING');
      deciderSpec(payRunDecider)
        .given([calculated(1, 244_550), calculated(2, 250_000), locked])
        .when(start)
        .thenRejects('PAY_RUN_LOCKED');
    });

    it('falls back to the previous calculation when a run fails, which may then be locked', () => {
      deciderSpec(payRunDecider)
        .given([calculated(1, 244_550), started(2)])
        .when(fail(2))
        .then([
          {
            type: 'staff.PayRunFailed',
            data: {
              ...recorded(),
              payGroup: 'monthly',
              period,
              run: 2,
              code: 'CURRENCY_MISMATCH',
              details: { employeeId: OTHER },
            },
          },
        ]);
      deciderSpec(payRunDecider)
        .given([
          calculated(1, 244_550),
          started(2),
          {
            type: 'staff.PayRunFailed',
            data: { ...recorded(), payGroup: 'monthly', period, run: 2, code: 'X', details: {} },
          },
        ])
        .when(lock)
        .then([
          {
            type: 'staff.PayRunLocked',
            data: { ...recorded(), payGroup: 'monthly', period, run: 1, totalNet: 244_550, currency: 'EUR' },
          },
        ]);
    });
  });
});
