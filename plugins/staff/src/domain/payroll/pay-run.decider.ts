import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { CalculatePayRun, LockPayRun, PayRunCalculated, PayRunLocked } from '../../contracts/payroll.contracts';
import type { Payslip } from '../../contracts/payroll.schemas';
import { PAY_RUN_LOCKED, PAY_RUN_NOT_CALCULATED } from '../../errors';
import { recordedBy } from '../defined';

/** The handler computes the payslips with {@link calculatePayslip} from contracts, attendance and leave. */
export type CalculatePayRunCommand = Command<
  'staff.CalculatePayRun',
  DataOf<typeof CalculatePayRun> & { payslips: readonly Payslip[]; currency: string }
>;
export type LockPayRunCommand = Command<'staff.LockPayRun', DataOf<typeof LockPayRun>>;
export type PayRunCommand = CalculatePayRunCommand | LockPayRunCommand;

export type PayRunEvent =
  | DomainEvent<'staff.PayRunCalculated', DataOf<typeof PayRunCalculated>>
  | DomainEvent<'staff.PayRunLocked', DataOf<typeof PayRunLocked>>;

export type PayRunState =
  | { readonly status: 'none' }
  | {
      readonly status: 'calculated' | 'locked';
      readonly run: number;
      readonly totalNet: number;
      readonly currency: string;
    };

export const initialState = (): PayRunState => ({ status: 'none' });

/**
 * A period may be calculated as often as needed (late timesheets, a corrected contract) until it is locked;
 * a locked period is final, because its payslips went to the bank: a correction goes into the next period.
 */
export function decide(command: PayRunCommand, state: PayRunState): PayRunEvent[] {
  const { payGroup, period } = command.data;
  if (state.status === 'locked') {
    throw new InvariantViolation(
      PAY_RUN_LOCKED,
      { payGroup, period },
      { message: `The pay run for ${period.from} to ${period.to} is locked.` },
    );
  }
  switch (command.type) {
    case 'staff.CalculatePayRun': {
      const run = state.status === 'calculated' ? state.run + 1 : 1;
      return [
        {
          type: 'staff.PayRunCalculated',
          data: {
            ...recordedBy(command.meta),
            payGroup,
            period,
            run,
            currency: command.data.currency,
            payslips: [...command.data.payslips],
          },
        },
      ];
    }
    case 'staff.LockPayRun':
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

export function evolve(state: PayRunState, event: PayRunEvent): PayRunState {
  switch (event.type) {
    case 'staff.PayRunCalculated': {
      const totalNet = event.data.payslips.reduce((sum, p) => sum + p.net, 0);
      return { status: 'calculated', run: event.data.run, totalNet, currency: event.data.currency };
    }
    case 'staff.PayRunLocked':
      return state.status === 'none' ? state : { ...state, status: 'locked' };
    default:
      return assertNever(event);
  }
}

export const payRunDecider: Decider<PayRunState, PayRunCommand, PayRunEvent> = { initialState, decide, evolve };
