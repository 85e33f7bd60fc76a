import type { ProjectionDefinition, Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import type { ProjectionRebuilder } from './projection-rebuilder';

/** What one table holds, without reading it out: its row count and a digest of its rows in a stable order. */
interface TableFingerprint {
  readonly table: string;
  readonly rows: number;
  readonly digest: string;
}

/** Whether a read model as stored equals the one its events give. */
export interface ProjectionVerification {
  readonly name: string;
  readonly mode: ProjectionDefinition['mode'];
  readonly events: number;
  /** The tables whose stored rows differ from the rebuilt ones, with both row counts. */
  readonly differences: readonly { readonly table: string; readonly stored: number; readonly rebuilt: number }[];
}

/** Thrown to end the verifying transaction: a verification changes nothing. */
class VerificationDone extends Error {
  constructor(readonly result: ProjectionVerification) {
    super('verification done');
  }
}

/**
 * Checks a read model against its events (after a restore, or when a read model is suspected): in one transaction
 * it fingerprints the projection's tables, replays every event into them as a rebuild does, fingerprints them
 * again, and rolls back. A rebuild is deterministic by contract (a projection writes only what its events say),
 * so any difference is a damaged or incomplete read model, or a projection breaking that contract.
 * Holds the tables' locks while it runs, as a rebuild does: run it on a restored copy or in a quiet hour.
 */
export class ProjectionVerifier {
  constructor(
    private readonly db: Database,
    private readonly rebuilder: ProjectionRebuilder,
  ) {}

  async verify(name: string): Promise<ProjectionVerification> {
    const projection = this.rebuilder.projection(name);
    try {
      await this.db.transaction(async (sql) => {
        const stored = await fingerprints(sql, projection.tables);
        const { events } = await this.rebuilder.replay(sql, projection);
        const rebuilt = await fingerprints(sql, projection.tables);
        const differences = stored.flatMap((before, i) => {
          const after = rebuilt[i]!;
          return before.digest === after.digest
            ? []
            : [{ table: before.table, stored: before.rows, rebuilt: after.rows }];
        });
        throw new VerificationDone({ name, mode: projection.mode, events, differences });
      });
    } catch (error) {
      if (error instanceof VerificationDone) return error.result;
      throw error;
    }
    throw new Error('unreachable: the verifying transaction always ends with its result');
  }
}

async function fingerprints(sql: Sql, tables: readonly string[]): Promise<TableFingerprint[]> {
  const result: TableFingerprint[] = [];
  for (const table of tables) {
    // Each row's text form, hashed and sorted: the order rows were written in (and so a rebuild's) does not matter.
    const [row] = await sql.query<{ rows: string; digest: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(h, '' ORDER BY h)) AS digest
         FROM (SELECT md5(t::text) AS h FROM ${table} t) hashed`,
    );
    result.push({ table, rows: Number(row?.rows ?? 0), digest: row?.digest ?? '' });
  }
  return result;
}
