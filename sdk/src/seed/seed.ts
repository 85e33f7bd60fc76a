import type { Sql } from '../context';
import type { CommandDefinition, InputOf, QueryDefinition, ResultOf } from '../messages';

/** How a seed's command runs. */
export interface SeedCommandOptions {
  /**
   * When the command is taken to happen (an ISO instant; default now): it is the handlers' `meta.now` and the
   * audit record's time. A seed writing a hospital's past books last month's appointments as of last month, so
   * the deciders' rules about time hold exactly as they did then.
   */
  readonly at?: string;
}

/** What a plugin's seed may use: commands go through the real bus (as the system actor), so seeded data is real. */
export interface SeedContext {
  /** Runs one command; a seed may have many in flight at once (the kernel commits them together). */
  execute<C extends CommandDefinition>(
    command: C,
    data: InputOf<C>,
    options?: SeedCommandOptions,
  ): Promise<ResultOf<C>>;
  /**
   * Asks a query as the system actor: another plugin's published query (e.g. the EHR's seed finds the demo
   * patients through the patient plugin's `SearchPatients`), when that plugin is enabled.
   */
  ask<Q extends QueryDefinition>(query: Q, params: InputOf<Q>): Promise<ResultOf<Q>>;
  /** The names of the enabled plugins, so a seed uses an optional dependency only when it is there. */
  readonly enabledPlugins: readonly string[];
  readonly sql: Sql;
  /** How many of the plugin's main records to create (the demo start uses a small number, benchmarks a large one). */
  readonly size: number;
  /**
   * How many commands the seed may keep in flight at once: 128 on a PostgreSQL server, where the kernel commits
   * concurrent commands together; 1 on embedded PGlite, which runs one backend for all connections.
   */
  readonly concurrency: number;
  /** A deterministic pseudo-random number in [0, 1): the same size gives the same data. */
  random(): number;
  /** Tells whoever runs the seed how far it has got: one short line (the CLI prints it; the demo start ignores it). */
  progress(message: string): void;
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
