/**
 * A step of a plugin's schema. Migrations run in name order, once each, in the plugin's own PostgreSQL schema
 * (created by the kernel and named after the plugin), recorded in that schema's migration table. Released
 * migrations are never edited: add the next one.
 */
export interface MigrationDefinition {
  readonly name: string;
  readonly up: readonly string[];
}

/**
 * Defines a migration from SQL statements.
 * @example
 * export const createDirectory = defineMigration('0001-directory', [
 *   `CREATE TABLE patient.directory (id uuid PRIMARY KEY, mrn text NOT NULL UNIQUE, …)`,
 * ]);
 */
export function defineMigration(name: string, up: readonly string[]): MigrationDefinition {
  if (!/^\d{4}-[a-z0-9-]+$/.test(name)) throw new Error(`Migration "${name}" must be named NNNN-kebab-case`);
  return Object.freeze({ name, up });
}

/** A number sequence handed out in blocks (no round trip per number); unique across all processes. */
export interface SequenceDefinition {
  /** `'<plugin>.<name>'`, e.g. `'patient.mrn'`. */
  readonly name: string;
  readonly start: number;
  /** Numbers reserved per database round trip; gaps of at most this size appear after a restart. */
  readonly blockSize: number;
}

/**
 * Declares a sequence.
 * @example
 * export const MRN_SEQUENCE = defineSequence('patient.mrn', { start: 100000, blockSize: 50 });
 */
export function defineSequence(name: string, options: { start?: number; blockSize?: number } = {}): SequenceDefinition {
  return Object.freeze({ name, start: options.start ?? 1, blockSize: options.blockSize ?? 50 });
}
