import { InvariantViolation, NotFoundError } from '@hms/sdk';
import type { EmployedState, EmployeeState } from '../domain/employee/employee.decider';
import { EMPLOYEE_NOT_FOUND, EMPLOYMENT_ENDED } from '../errors';

/** Licences and leave are recorded only for someone employed now. */
export function requireEmployed(state: EmployeeState, employeeId: string): EmployedState {
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
