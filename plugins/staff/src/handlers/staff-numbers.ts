import { ConflictError, type CommandContext } from '@hms/sdk';
import { ACCOUNT_ALREADY_LINKED, STAFF_NUMBER_TAKEN } from '../errors';

/**
 * Staff numbers are unique regardless of case, and a login account belongs to one employee. Checked here against
 * the directory; two hires racing in one moment meet the read model's unique keys, and the kernel decides the
 * later one again, which this check then refuses.
 */
export async function assertStaffNumberFree(ctx: CommandContext, staffNumber: string): Promise<void> {
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM staff.employees WHERE lower(staff_number) = lower($1)`,
    [staffNumber],
  );
  if (taken) {
    throw new ConflictError(
      STAFF_NUMBER_TAKEN,
      { employeeId: taken.id },
      { message: `Staff number ${staffNumber} is already in use.` },
    );
  }
}

export async function assertAccountFree(
  ctx: CommandContext,
  accountId: string | undefined,
  employeeId: string,
): Promise<void> {
  if (accountId === undefined) return;
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM staff.employees WHERE account_id = $1 AND id <> $2`,
    [accountId, employeeId],
  );
  if (taken) {
    throw new ConflictError(
      ACCOUNT_ALREADY_LINKED,
      { employeeId: taken.id },
      { message: 'This login account already belongs to another employee.' },
    );
  }
}
