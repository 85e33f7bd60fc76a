import { ConflictError, type CommandContext } from '@hms/sdk';
import { ITEM_CODE_TAKEN, LOCATION_CODE_TAKEN } from '../errors';

/**
 * Codes are unique regardless of case. Checked here against the catalogue; two definitions racing in one moment
 * meet the read model's unique key, and the kernel decides the later one again, which this check then refuses.
 */
export async function assertCodeFree(ctx: CommandContext, table: 'items' | 'locations', code: string): Promise<void> {
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM inventory.${table} WHERE lower(code) = lower($1)`,
    [code],
  );
  if (!taken) return;
  if (table === 'items')
    throw new ConflictError(
      ITEM_CODE_TAKEN,
      { code, itemId: taken.id },
      { message: `Item code ${code} is already in use.` },
    );
  throw new ConflictError(
    LOCATION_CODE_TAKEN,
    { code, locationId: taken.id },
    { message: `Location code ${code} is already in use.` },
  );
}
