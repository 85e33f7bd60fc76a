import { ConflictError, VERSION_CONFLICT } from '../errors';
import type { CommandDefinition, InputOf, ResultOf } from '../messages';
import type { SeedCommandOptions, SeedContext } from './seed';

/**
 * `ctx.execute`, run again when another transaction wrote the same stream first and the kernel's own retry lost
 * too (several command lanes booking the same practitioner's day).
 */
export async function executeRetrying<C extends CommandDefinition>(
  ctx: SeedContext,
  command: C,
  data: InputOf<C>,
  options?: SeedCommandOptions,
): Promise<ResultOf<C>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.execute(command, data, options);
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === VERSION_CONFLICT) || attempt >= 5) throw error;
    }
  }
}
