import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type {
  CalculatePayRun,
  CalculatePayslipBatch,
  CompletePayRun,
  FailPayRun,
  LockPayRun,
  PayRunCalculated,
  PayRunFailed,
  PayRunLocked,
  PayRunStarted,
  PayslipsCalculated,
  StartPayRun,
} from '../../contracts/payroll.contracts';
import type { Payslip } from '../../contracts/payroll.schemas';
import { PAY_RUN_LOCKED, PAY_RUN_NOT_CALCULATED, PAY_RUN_RUNNING } from '../../errors';
import { recordedBy } from '../defined';

/** The handler computes the payslips with {@link calculatePayslip} from contracts, attendance and leave. */
export type CalculatePayRunCommand = Command<
  'staff.CalculatePayRun',
  DataOf<typeof CalculatePayRun> & { payslips: readonly Payslip[]; currency: string }
>;
export type LockPayRunCommand = Command<'staff.LockPayRun', DataOf<typeof LockPayRun>>;
/** The handler reads the pay group's currency. */
export type StartPayRunCommand = Command<'staff.StartPayRun', DataOf<typeof StartPayRun> & { currency: string }>;
/** A batch's payslips, computed by the handler, and how many members the group had then. */
export type RecordPayslipsCommand = Command<
  'staff.RecordPayslips',
  Omit<DataOf<typeof CalculatePayslipBatch>, 'after'> & { payslips: readonly Payslip[]; total: number; done: number }
>;
export type CompletePayRunCommand = Command<'staff.CompletePayRun', DataOf<typeof CompletePayRun>>;
export type FailPayRunCommand = Command<'staff.FailPayRun', DataOf<typeof FailPayRun>>;
export type PayRunCommand =
  | CalculatePayRunCommand
  | LockPayRunCommand
  | StartPayRunCommand
  | RecordPayslipsCommand
  | CompletePayRunCommand
  | FailPayRunCommand;

export type PayRunEvent =
  | DomainEvent<'staff.PayRunStarted', DataOf<typeof PayRunStarted>>
  | DomainEvent<'staff.PayslipsCalculated', DataOf<typeof PayslipsCalculated>>
  | DomainEvent<'staff.PayRunFailed', DataOf<typeof PayRunFailed>>
  | DomainEvent<'staff.PayRunCalculated', DataOf<typeof PayRunCalculated>>
  | DomainEvent<'staff.PayRunLocked', DataOf<typeof PayRunLocked>>;

/** The last calculation that completed, which locking makes final. */
interface Calculation {
  readonly run: number;
  readonly totalNet: number;
  readonly currency: string;
}

/** Every state knows the highest run number used, so a failed run's number is never given to the next one. */
export type PayRunState = { readonly highestRun: number } & (
  | { readonly status: 'none' }
  | ({ readonly status: 'calculated' | 'locked' } & Calculation)
  | {
      readonly status: 'running';
      /** The run being calculated in the background; a start replaces it with the next number. */
      readonly run: number;
      readonly currency: string;
      readonly payslips: readonly Payslip[];
      readonly total: number;
      /** Members done so far, by id order (some members may have no payslip, e.g. no term in the period). */
      readonly done: number;
      /** The calculation before this run, still the period's until this one completes. */
      readonly previous: Calculation | null;
    }
);

export const initialState = (): PayRunState => ({ status: 'none', highestRun: 0 });

/** A background run's batch or ending for a run that is no longer the one running: nothing to record. */
const superseded = (state: PayRunState, run: number): boolean => state.status !== 'running' || state.run !== run;

/**
 * A period may be calculated as often as needed (late timesheets, a corrected contract) until it is locked;
 * a locked period is final, because its payslips went to the bank: a correction goes into the next period.
 *
 * A background run (start, batches of payslips, complete) is made of commands a job sends and may send again:
 * a batch records only the members it has not recorded yet, and a batch or ending of a run that a newer start
 * replaced (or that ended) records nothing, so a re-delivered or superseded job writes nothing twice.
 */
export function decide(command: PayRunCommand, state: PayRunState): PayRunEvent[] {
  const { payGroup, period } = command.data;
  switch (command.type) {
    case 'staff.RecordPayslips': {
      if (superseded(state, command.data.run) || state.status !== 'running') return [];
      const recorded = new Set(state.payslips.map((p) => p.employeeId));
      const payslips = command.data.payslips.filter((p) => !recorded.has(p.employeeId));
      if (payslips.length === 0 && command.data.done <= state.done) return [];
      const { run, total, done } = command.data;
      return [
        {
          type: 'staff.PayslipsCalculated',
          data: { ...recordedBy(command.meta), payGroup, period, run, total, done, payslips },
        },
      ];
    }
    case 'staff.CompletePayRun':
      if (superseded(state, command.data.run) || state.status !== 'running') return [];
      return [
        {
          type: 'staff.PayRunCalculated',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run: state.run,
            currency: state.currency,
            payslips: [...state.payslips],
          },
        },
      ];
    case 'staff.FailPayRun':
      if (superseded(state, command.data.run)) return [];
      return [
        {
          type: 'staff.PayRunFailed',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run: command.data.run,
            code: command.data.code,
            details: command.data.details,
          },
        },
      ];
    default:
      break;
  }
  if (state.status === 'locked') {
    throw new InvariantViolation(
      PAY_RUN_LOCKED,
      { payGroup, period },
      { message: `The pay run for ${period.from} to ${period.to} is locked.` },
    );
  }
  switch (command.type) {
    case 'staff.StartPayRun':
      return [
        {
          type: 'staff.PayRunStarted',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run: state.highestRun + 1,
            currency: command.data.currency,
          },
        },
      ];
    case 'staff.CalculatePayRun':
      return [
        {
          type: 'staff.PayRunCalculated',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run: state.highestRun + 1,
            currency: command.data.currency,
            payslips: [...command.data.payslips],
          },
        },
      ];
    case 'staff.LockPayRun':
      if (state.status === 'running')
        throw new InvariantViolation(
          PAY_RUN_RUNNING,
          { payGroup, period, run: state.run },
          { message: `Run ${state.run} of this period is still being calculated; lock it when it is done.` },
        );
      if (state.status === 'none')
        throw new InvariantViolation(
          PAY_RUN_NOT_CALCULATED,
          { payGroup, period },
          { message: 'Calculate the pay run before locking it.' },
        );
      return [
        {
          type: 'staff.PayRunLocked',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run: state.run,
            totalNet: state.totalNet,
            currency: state.currency,
          },
        },
      ];
    default:
      return assertNever(command);
  }
}

/** The completed calculation a state stands on (a running run's previous one). */
const calculationOf = (state: PayRunState): Calculation | null => {
  if (state.status === 'none') return null;
  if (state.status === 'running') return state.previous;
  return { run: state.run, totalNet: state.totalNet, currency: state.currency };
};

export function evolve(state: PayRunState, event: PayRunEvent): PayRunState {
  switch (event.type) {
    case 'staff.PayRunStarted':
      return {
        status: 'running',
        run: event.data.run,
        currency: event.data.currency,
        payslips: [],
        total: 0,
        done: 0,
        previous: calculationOf(state),
        highestRun: Math.max(state.highestRun, event.data.run),
      };
    case 'staff.PayslipsCalculated':
      return state.status === 'running' && state.run === event.data.run
        ? {
            ...state,
            payslips: [...state.payslips, ...event.data.payslips],
            total: event.data.total,
            done: Math.max(state.done, event.data.done),
          }
        : state;
    case 'staff.PayRunFailed': {
      if (state.status !== 'running') return state;
      // The previous calculation is the period's again; the failed run's number stays used (`highestRun`).
      const { highestRun, previous } = state;
      return previous ? { status: 'calculated', ...previous, highestRun } : { status: 'none', highestRun };
    }
    case 'staff.PayRunCalculated': {
      const totalNet = event.data.payslips.reduce((sum, p) => sum + p.net, 0);
      const highestRun = Math.max(state.highestRun, event.data.run);
      return { status: 'calculated', run: event.data.run, totalNet, currency: event.data.currency, highestRun };
    }
    case 'staff.PayRunLocked':
      return state.status === 'none' || state.status === 'running' ? state : { ...state, status: 'locked' };
    default:
      return assertNever(event);
  }
}

export const payRunDecider: Decider<PayRunState, PayRunCommand, PayRunEvent> = { initialState, decide, evolve };
