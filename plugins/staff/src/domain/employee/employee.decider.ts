import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type {
  AddContractTerm,
  HireEmployee,
  TerminateEmployment,
  UpdateEmployeeDetails,
} from '../../contracts/employee.commands';
import type {
  ContractTermAdded,
  EmployeeDetailsUpdated,
  EmployeeHired,
  EmploymentTerminated,
} from '../../contracts/employee.events';
import type { ContractTerm } from '../../contracts/schemas';
import {
  CONTRACT_TERM_OUT_OF_ORDER,
  DATES_OUT_OF_ORDER,
  EMPLOYEE_ALREADY_HIRED,
  EMPLOYEE_NOT_FOUND,
  EMPLOYMENT_ENDED,
  LAST_DAY_BEFORE_START,
} from '../../errors';
import { defined, recordedBy } from '../defined';

/** The handler assigns the employee's and the term's ids. */
export type HireCommand = Command<
  'staff.HireEmployee',
  DataOf<typeof HireEmployee> & { employeeId: string; termId: string }
>;
export type UpdateDetailsCommand = Command<'staff.UpdateEmployeeDetails', DataOf<typeof UpdateEmployeeDetails>>;
export type AddTermCommand = Command<'staff.AddContractTerm', DataOf<typeof AddContractTerm> & { termId: string }>;
export type TerminateCommand = Command<'staff.TerminateEmployment', DataOf<typeof TerminateEmployment>>;
export type EmployeeCommand = HireCommand | UpdateDetailsCommand | AddTermCommand | TerminateCommand;

export type EmployeeEvent =
  | DomainEvent<'staff.EmployeeHired', DataOf<typeof EmployeeHired>>
  | DomainEvent<'staff.EmployeeDetailsUpdated', DataOf<typeof EmployeeDetailsUpdated>>
  | DomainEvent<'staff.ContractTermAdded', DataOf<typeof ContractTermAdded>>
  | DomainEvent<'staff.EmploymentTerminated', DataOf<typeof EmploymentTerminated>>;

export interface EmployedState {
  readonly status: 'employed';
  readonly employeeId: string;
  readonly departmentId: string;
  readonly position: string;
  readonly accountId: string | null;
  /** Oldest first; each term is in force from its `from` until the next term's `from`. */
  readonly terms: readonly ContractTerm[];
}
export type EmployeeState =
  | { readonly status: 'none' }
  | EmployedState
  | (Omit<EmployedState, 'status'> & { readonly status: 'left'; readonly lastDay: string });

export const initialState = (): EmployeeState => ({ status: 'none' });

export function decide(command: EmployeeCommand, state: EmployeeState): EmployeeEvent[] {
  switch (command.type) {
    case 'staff.HireEmployee':
      return hire(command, state);
    case 'staff.UpdateEmployeeDetails':
      return updateDetails(command, state);
    case 'staff.AddContractTerm':
      return addTerm(command, state);
    case 'staff.TerminateEmployment':
      return terminate(command, state);
    default:
      return assertNever(command);
  }
}

function hire({ data, meta }: HireCommand, state: EmployeeState): EmployeeEvent[] {
  if (state.status !== 'none') throw new ConflictError(EMPLOYEE_ALREADY_HIRED, { employeeId: data.employeeId });
  const { firstTerm, termId, ...details } = data;
  checkTermDates(firstTerm.from, firstTerm.to);
  return [
    { type: 'staff.EmployeeHired', data: defined({ ...recordedBy(meta), ...details, term: { termId, ...firstTerm } }) },
  ];
}

function updateDetails({ data, meta }: UpdateDetailsCommand, state: EmployeeState): EmployeeEvent[] {
  employed(state, data.employeeId);
  return [{ type: 'staff.EmployeeDetailsUpdated', data: defined({ ...recordedBy(meta), ...data }) }];
}

/**
 * A new term starts after the current one did: a pay rise from 1 April is a term from 1 April, and the March
 * payslip keeps the old salary. Back-dating before the current term would rewrite pay already run, so it is
 * refused (a correction is a new term from the correct date, and the pay run for an open period recalculates).
 */
function addTerm({ data, meta }: AddTermCommand, state: EmployeeState): EmployeeEvent[] {
  const current = employed(state, data.employeeId);
  const latest = current.terms[current.terms.length - 1];
  if (latest !== undefined && data.term.from <= latest.from) {
    throw new InvariantViolation(
      CONTRACT_TERM_OUT_OF_ORDER,
      { employeeId: data.employeeId, from: data.term.from },
      {
        message: `A new term must start after the current one (${latest.from}).`,
      },
    );
  }
  checkTermDates(data.term.from, data.term.to);
  return [
    {
      type: 'staff.ContractTermAdded',
      data: { ...recordedBy(meta), employeeId: data.employeeId, term: { termId: data.termId, ...data.term } },
    },
  ];
}

function terminate({ data, meta }: TerminateCommand, state: EmployeeState): EmployeeEvent[] {
  const current = employed(state, data.employeeId);
  const first = current.terms[0];
  if (first !== undefined && data.lastDay < first.from) {
    throw new InvariantViolation(
      LAST_DAY_BEFORE_START,
      { employeeId: data.employeeId, lastDay: data.lastDay },
      {
        message: `The last day cannot be before the employment started (${first.from}).`,
      },
    );
  }
  return [{ type: 'staff.EmploymentTerminated', data: { ...recordedBy(meta), ...data } }];
}

function employed(state: EmployeeState, employeeId: string): EmployedState {
  if (state.status === 'none') throw new NotFoundError(EMPLOYEE_NOT_FOUND, { employeeId });
  if (state.status === 'left') {
    throw new InvariantViolation(
      EMPLOYMENT_ENDED,
      { employeeId, lastDay: state.lastDay },
      { message: `The employment ended on ${state.lastDay}.` },
    );
  }
  return state;
}

function checkTermDates(from: string, to: string | null): void {
  if (to !== null && to < from)
    throw new InvariantViolation(DATES_OUT_OF_ORDER, { from, to }, { message: 'The term ends before it starts.' });
}

export function evolve(state: EmployeeState, event: EmployeeEvent): EmployeeState {
  switch (event.type) {
    case 'staff.EmployeeHired': {
      const { employeeId, departmentId, position, accountId, term } = event.data;
      return { status: 'employed', employeeId, departmentId, position, accountId: accountId ?? null, terms: [term] };
    }
    case 'staff.EmployeeDetailsUpdated': {
      if (state.status === 'none') return state;
      const { departmentId, position, accountId } = event.data;
      return {
        ...state,
        departmentId: departmentId ?? state.departmentId,
        position: position ?? state.position,
        accountId: accountId ?? state.accountId,
      };
    }
    case 'staff.ContractTermAdded':
      return state.status === 'none' ? state : { ...state, terms: [...state.terms, event.data.term] };
    case 'staff.EmploymentTerminated':
      return state.status === 'employed' ? { ...state, status: 'left', lastDay: event.data.lastDay } : state;
    default:
      return assertNever(event);
  }
}

export const employeeDecider: Decider<EmployeeState, EmployeeCommand, EmployeeEvent> = { initialState, decide, evolve };
