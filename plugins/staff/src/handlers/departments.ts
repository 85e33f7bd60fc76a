import { ConflictError, InvariantViolation, NotFoundError, type CommandContext } from '@hms/sdk';
import { DEPARTMENT_NAME_TAKEN, DEPARTMENT_NOT_FOUND, DEPARTMENT_RETIRED } from '../errors';

/**
 * Whether an employee may be hired into, or moved to, a department. Until HR puts the first department on the
 * list, department ids are free as they always were (an installation from before the list keeps working). From
 * then on it must be an active department on the list, or an id a current employee already carries (from before
 * the list, valid until HR names it); a retired one is refused.
 */
export async function assertDepartmentUsable(ctx: CommandContext, departmentId: string): Promise<void> {
  const [row] = await ctx.sql.query<{ listed: boolean; status: string | null; name: string | null; in_use: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM staff.departments) AS listed,
            (SELECT status FROM staff.departments WHERE id = $1) AS status,
            (SELECT name FROM staff.departments WHERE id = $1) AS name,
            EXISTS (SELECT 1 FROM staff.employees WHERE department_id = $1 AND status = 'employed') AS in_use`,
    [departmentId],
  );
  if (row === undefined || !row.listed || row.status === 'active') return;
  if (row.status === 'retired')
    throw new InvariantViolation(
      DEPARTMENT_RETIRED,
      { departmentId },
      { message: `The department ${row.name ?? departmentId} is retired: choose another.` },
    );
  if (row.in_use) return;
  throw new NotFoundError(
    DEPARTMENT_NOT_FOUND,
    { departmentId },
    { message: 'This department is not on the list: define it first.' },
  );
}

/** Two active departments never share a name (regardless of case); a retired one's name is free again. */
export async function assertDepartmentNameFree(ctx: CommandContext, name: string, departmentId: string): Promise<void> {
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM staff.departments WHERE lower(name) = lower($1) AND status = 'active' AND id <> $2`,
    [name, departmentId],
  );
  if (taken)
    throw new ConflictError(
      DEPARTMENT_NAME_TAKEN,
      { departmentId: taken.id },
      { message: `Another department is already called ${name}.` },
    );
}
