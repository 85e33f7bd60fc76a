import { createHash } from 'node:crypto';
import { InvariantViolation, type Sql } from '@hms/sdk';
import { canonicalJson } from '../audit/canonical-json';

/** What the first run of a command id recorded. */
interface ProcessedCommand {
  command_type: string;
  actor_id: string;
  fingerprint: string;
  result: unknown;
}

/** One command's row in `core.processed_commands`. */
export interface ProcessedRecord {
  readonly commandId: string;
  readonly type: string;
  readonly actorId: string;
  readonly fingerprint: string;
  readonly result: unknown;
}

/**
 * The command-id record that makes commands idempotent. It is written in the command's own transaction, next to
 * its events: both commit or neither does. A concurrent run of the same id waits on the primary key and then
 * finds the first run's record.
 */
export class ProcessedCommands {
  /**
   * Records a batch's commands in one statement; answers the ids that were already taken (by a run that committed
   * first), whose batch must then roll back.
   */
  async recordMany(sql: Sql, commands: readonly ProcessedRecord[]): Promise<string[]> {
    if (commands.length === 0) return [];
    const rows = await sql.query<{ command_id: string }>(
      `INSERT INTO core.processed_commands (command_id, command_type, actor_id, fingerprint, result)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
       ON CONFLICT (command_id) DO NOTHING RETURNING command_id`,
      [
        commands.map((c) => c.commandId),
        commands.map((c) => c.type),
        commands.map((c) => c.actorId),
        commands.map((c) => c.fingerprint),
        commands.map((c) => JSON.stringify(c.result ?? null)),
      ],
    );
    const recorded = new Set(rows.map((r) => r.command_id));
    return commands.filter((c) => !recorded.has(c.commandId)).map((c) => c.commandId);
  }

  /**
   * The first result of a command id, or `undefined` when it was never processed. Reusing an id for another
   * command or payload, or by another user, is refused (the IETF Idempotency-Key draft answers 422).
   */
  async firstResult(
    sql: Sql,
    commandId: string,
    type: string,
    actorId: string,
    fingerprint: string,
  ): Promise<{ result: unknown } | undefined> {
    const [row] = await sql.query<ProcessedCommand>(
      'SELECT command_type, actor_id, fingerprint, result FROM core.processed_commands WHERE command_id = $1',
      [commandId],
    );
    if (!row) return undefined;
    if (row.command_type !== type || row.actor_id !== actorId || row.fingerprint !== fingerprint) {
      throw new InvariantViolation(
        'IDEMPOTENCY_KEY_REUSED',
        { commandId },
        {
          message: `Idempotency key ${commandId} was already used for a different request`,
        },
      );
    }
    return { result: row.result };
  }
}

/** A stable digest of a command's type and validated data, to tell a true retry from a reused key. */
export function commandFingerprint(type: string, data: unknown): string {
  return createHash('sha256').update(type).update('\n').update(canonicalJson(data)).digest('hex');
}
