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
  DefineDepartment,
  DepartmentDefined,
  DepartmentRenamed,
  DepartmentRetired,
  RenameDepartment,
} from '../../contracts/department.contracts';
import { DEPARTMENT_EXISTS, DEPARTMENT_IN_USE, DEPARTMENT_NOT_FOUND, DEPARTMENT_RETIRED } from '../../errors';
import { recordedBy } from '../defined';

export type DepartmentCommand =
  | Command<'staff.DefineDepartment', DataOf<typeof DefineDepartment> & { departmentId: string }>
  | Command<'staff.RenameDepartment', DataOf<typeof RenameDepartment>>
  /** `currentEmployees`: how many are in it now, looked up by the handler. */
  | Command<'staff.RetireDepartment', { departmentId: string; currentEmployees: number }>;

export type DepartmentEvent =
  | DomainEvent<'staff.DepartmentDefined', DataOf<typeof DepartmentDefined>>
  | DomainEvent<'staff.DepartmentRenamed', DataOf<typeof DepartmentRenamed>>
  | DomainEvent<'staff.DepartmentRetired', DataOf<typeof DepartmentRetired>>;

export type DepartmentState =
  | { readonly status: 'none' }
  | { readonly status: 'active' | 'retired'; readonly departmentId: string; readonly name: string };

export const initialState = (): DepartmentState => ({ status: 'none' });

/**
 * A department is defined once, renamed while active (a new name for the same department: its employees, wards
 * and rosters keep the id), and retired only when nobody is left in it. Retired is final.
 */
export function decide(command: DepartmentCommand, state: DepartmentState): DepartmentEvent[] {
  const by = recordedBy(command.meta);
  const { departmentId } = command.data;
  if (command.type === 'staff.DefineDepartment') {
    if (state.status !== 'none') throw new ConflictError(DEPARTMENT_EXISTS, { departmentId });
    return [{ type: 'staff.DepartmentDefined', data: { ...by, departmentId, name: command.data.name } }];
  }
  if (state.status === 'none') throw new NotFoundError(DEPARTMENT_NOT_FOUND, { departmentId });
  if (state.status === 'retired')
    throw new InvariantViolation(
      DEPARTMENT_RETIRED,
      { departmentId },
      { message: `The department ${state.name} is retired.` },
    );
  switch (command.type) {
    case 'staff.RenameDepartment':
      if (command.data.name === state.name) return [];
      return [{ type: 'staff.DepartmentRenamed', data: { ...by, departmentId, name: command.data.name } }];
    case 'staff.RetireDepartment':
      if (command.data.currentEmployees > 0)
        throw new InvariantViolation(
          DEPARTMENT_IN_USE,
          { departmentId, employees: command.data.currentEmployees },
          {
            message: `${command.data.currentEmployees} employees are still in ${state.name}: move them first.`,
          },
        );
      return [{ type: 'staff.DepartmentRetired', data: { ...by, departmentId } }];
    default:
      return assertNever(command);
  }
}

export function evolve(state: DepartmentState, event: DepartmentEvent): DepartmentState {
  switch (event.type) {
    case 'staff.DepartmentDefined':
      return { status: 'active', departmentId: event.data.departmentId, name: event.data.name };
    case 'staff.DepartmentRenamed':
      return state.status === 'none' ? state : { ...state, name: event.data.name };
    case 'staff.DepartmentRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}

export const departmentDecider: Decider<DepartmentState, DepartmentCommand, DepartmentEvent> = {
  initialState,
  decide,
  evolve,
};
