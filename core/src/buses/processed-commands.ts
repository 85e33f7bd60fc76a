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

/** Raised inside the transaction when another run of the same command id has already committed. */
export class DuplicateCommand extends Error {
  constructor(readonly commandId: string) {
    super(`Command ${commandId} was already processed`);
  }
}

/**
 * The command-id record that makes commands idempotent. It is written in the command's own transaction, next to
 * its events: both commit or neither does. A concurrent run of the same id waits on the primary key and then
 * finds the first run's record.
 */
export class ProcessedCommands {
  /** Records the command; throws {@link DuplicateCommand} when the id is already taken. */
  async record(sql: Sql, commandId: string, type: string, actorId: string, fingerprint: string, result: unknown): Promise<void> {
    const rows = await sql.query(
      `INSERT INTO core.processed_commands (command_id, command_type, actor_id, fingerprint, result)
       VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (command_id) DO NOTHING RETURNING 1`,
      [commandId, type, actorId, fingerprint, JSON.stringify(result ?? null)],
    );
    if (rows.length === 0) throw new DuplicateCommand(commandId);
  }

  /**
   * The first result of a command id, or `undefined` when it was never processed. Reusing an id for another
   * command or payload, or by another user, is refused (the IETF Idempotency-Key draft answers 422).
   */
  async firstResult(sql: Sql, commandId: string, type: string, actorId: string, fingerprint: string): Promise<{ result: unknown } | undefined> {
    const [row] = await sql.query<ProcessedCommand>(
      'SELECT command_type, actor_id, fingerprint, result FROM core.processed_commands WHERE command_id = $1',
      [commandId],
    );
    if (!row) return undefined;
    if (row.command_type !== type || row.actor_id !== actorId || row.fingerprint !== fingerprint) {
      throw new InvariantViolation('IDEMPOTENCY_KEY_REUSED', { commandId }, {
        message: `Idempotency key ${commandId} was already used for a different request`,
      });
    }
    return { result: row.result };
  }
}

/** A stable digest of a command's type and validated data, to tell a true retry from a reused key. */
export function commandFingerprint(type: string, data: unknown): string {
  return createHash('sha256').update(type).update('\n').update(canonicalJson(data)).digest('hex');
}
