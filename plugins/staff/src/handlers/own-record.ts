import { ForbiddenError, type Actor } from '@hms/sdk';
import { EMPLOYEE_MANAGE, LEAVE_APPROVE } from '../contracts/permissions';
import type { EmployedState } from '../domain/employee/employee.decider';
import { NOT_OWN_RECORD } from '../errors';

/**
 * Every employee acts on their own leave (the record linked to their login account); HR and leave approvers may
 * act for anyone (a nurse phoning in sick, a request made on paper).
 */
export function requireOwnOrDelegated(actor: Actor, employee: EmployedState): void {
  if (actor.has(EMPLOYEE_MANAGE.name) || actor.has(LEAVE_APPROVE.name)) return;
  if (employee.accountId !== null && employee.accountId === actor.id) return;
  throw new ForbiddenError(
    NOT_OWN_RECORD,
    { employeeId: employee.employeeId },
    { message: 'You may ask for and cancel only your own leave.' },
  );
}
