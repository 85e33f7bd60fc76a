import type { Sql } from '@hms/sdk';

/** An account whose notifications changed, and its unread count now. */
export interface NotificationChange {
  readonly accountId: string;
  readonly unread: number;
}

/**
 * Follows `core.notification_recipients` by revision while the live hub has clients, so a notification raised by a
 * job in the worker process reaches the browser's bell within a poll. Like the event store's readers it stops below
 * the oldest running transaction, so a revision taken early but committed late is not skipped.
 */
export class NotificationFollower {
  private after: bigint | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
    private readonly onChanged: (changes: readonly NotificationChange[]) => void,
    private readonly pollMs = 500,
  ) {}

  async start(): Promise<void> {
    const [row] = await this.sql.query<{ revision: string | null }>(
      `SELECT max(revision)::text AS revision FROM core.notification_recipients
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
    );
    this.after = BigInt(row?.revision ?? 0);
    this.schedule();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.after = undefined;
    await this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.poll()
        .catch(() => undefined) // the database is away: try again at the next poll
        .finally(() => {
          if (this.after !== undefined) this.schedule();
        });
    }, this.pollMs);
    this.timer.unref();
  }

  /** One round: the accounts whose copies moved past the last revision seen, with their unread counts. */
  async poll(): Promise<void> {
    if (this.after === undefined) return;
    const rows = await this.sql.query<{ account_id: string; revision: string; unread: number }>(
      `WITH moved AS (
         SELECT account_id, max(revision) AS revision FROM core.notification_recipients
          WHERE revision > $1 AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          GROUP BY account_id)
       SELECT m.account_id::text AS account_id, m.revision::text AS revision,
              (SELECT count(*)::int FROM core.notification_recipients r
                 JOIN core.notifications n ON n.id = r.notification_id
                WHERE r.account_id = m.account_id AND n.resolved_at IS NULL AND r.acknowledged_at IS NULL
                  AND (r.snoozed_until IS NULL OR r.snoozed_until <= $2)) AS unread
         FROM moved m`,
      [this.after.toString(), this.now()],
    );
    if (rows.length === 0) return;
    this.after = rows.reduce((max, row) => (BigInt(row.revision) > max ? BigInt(row.revision) : max), this.after);
    this.onChanged(rows.map((row) => ({ accountId: row.account_id, unread: row.unread })));
  }
}
