import type { Sql } from './context';
import type { CommandDefinition, InputOf } from './messages';

/** What a plugin's seed may use: commands go through the real bus (as the system actor), so seeded data is real. */
export interface SeedContext {
  execute<C extends CommandDefinition>(command: C, data: InputOf<C>): Promise<unknown>;
  readonly sql: Sql;
  /** How many of the plugin's main records to create (the demo start uses a small number, benchmarks a large one). */
  readonly size: number;
  /** A deterministic pseudo-random number in [0, 1): the same size gives the same data. */
  random(): number;
}

/** Fictional demo data a plugin contributes; never real patient data. */
export interface SeedDefinition {
  /** Answers whether the plugin already holds data; the demo start seeds only an empty installation. */
  isEmpty(sql: Sql): Promise<boolean>;
  run(ctx: SeedContext): Promise<{ readonly created: number }>;
}

/**
 * Defines a plugin's demo data.
 * @example
 * export const patientSeed = defineSeed({
 *   isEmpty: async (sql) => (await sql.query('SELECT 1 FROM patient.directory LIMIT 1')).length === 0,
 *   async run(ctx) { … ctx.execute(RegisterPatient, fictionalPatient(ctx.random)) … },
 * });
 */
export function defineSeed(seed: SeedDefinition): SeedDefinition {
  return Object.freeze(seed);
}
