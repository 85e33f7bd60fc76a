import type { Sql } from '@hms/sdk';

/**
 * A savepoint a command takes inside its batch's transaction before a write that is not one of its decisions
 * (sealing or unsealing a co-edited document), so a refusal can undo that write while the batch's other commands
 * still commit. Taken lazily: a command that never writes outside its decisions costs no round trip.
 */
export class CommandSavepoint {
  private taken = false;

  constructor(
    private readonly sql: Sql,
    private readonly name: string,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid savepoint name: ${name}`);
  }

  /** Marks the point to return to; later calls keep the first mark. */
  async take(): Promise<void> {
    if (this.taken) return;
    await this.sql.query(`SAVEPOINT ${this.name}`);
    this.taken = true;
  }

  /** The command was refused: undoes its writes since the mark (and frees the row locks they took). */
  async rollback(): Promise<void> {
    if (!this.taken) return;
    await this.sql.query(`ROLLBACK TO SAVEPOINT ${this.name}`);
    await this.release();
  }

  /** The command succeeded: its writes stay with the batch; the mark is dropped so savepoints do not nest. */
  async release(): Promise<void> {
    if (!this.taken) return;
    this.taken = false;
    await this.sql.query(`RELEASE SAVEPOINT ${this.name}`);
  }
}
