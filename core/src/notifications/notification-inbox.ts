import { NotFoundError, type NotificationSeverity, type Sql } from '@hms/sdk';

/** One notification as its recipient sees it in the inbox. */
export interface InboxItem {
  readonly id: string;
  readonly code: string;
  readonly kind: string;
  readonly plugin: string;
  readonly severity: NotificationSeverity;
  readonly subjectKey: string;
  readonly link: string;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly snoozedUntil: string | null;
  /** Open, not acknowledged, and not snoozed now: what the bell counts. */
  readonly unread: boolean;
}

interface InboxRow {
  id: string;
  code: string;
  kind: string;
  plugin: string;
  severity: NotificationSeverity;
  subject_key: string;
  link: string;
  facts: Record<string, string | number | boolean | null>;
  raised_at: Date;
  resolved_at: Date | null;
  acknowledged_at: Date | null;
  snoozed_until: Date | null;
  unread: boolean;
}

const UNREAD = `(n.resolved_at IS NULL AND r.acknowledged_at IS NULL AND (r.snoozed_until IS NULL OR r.snoozed_until <= $2))`;
const COLUMNS = `n.id::text AS id, n.code, n.kind, n.plugin, n.severity, n.subject_key, n.link, n.facts, n.raised_at,
  n.resolved_at, r.acknowledged_at, r.snoozed_until, ${UNREAD} AS unread`;

/**
 * A person's inbox: only the copies addressed to them (`core.notification_recipients` of their account), so
 * another person's notification is simply not found.
 */
export const notificationInbox = {
  /** Open ones first (unread before the rest), then the resolved, newest first within each. */
  async list(
    sql: Sql,
    accountId: string,
    now: Date,
    options: { readonly state: 'open' | 'all'; readonly limit: number; readonly code?: string },
  ): Promise<InboxItem[]> {
    const rows = await sql.query<InboxRow>(
      `SELECT ${COLUMNS} FROM core.notification_recipients r JOIN core.notifications n ON n.id = r.notification_id
        WHERE r.account_id = $1 AND ($3::boolean OR n.resolved_at IS NULL) AND ($5::text IS NULL OR n.code = $5)
        ORDER BY n.resolved_at IS NOT NULL, ${UNREAD} DESC, n.raised_at DESC, n.id LIMIT $4`,
      [accountId, now, options.state === 'all', options.limit, options.code ?? null],
    );
    return rows.map(toItem);
  },

  async unreadCount(sql: Sql, accountId: string, now: Date): Promise<number> {
    const [row] = await sql.query<{ unread: number }>(
      `SELECT count(*)::int AS unread FROM core.notification_recipients r
         JOIN core.notifications n ON n.id = r.notification_id WHERE r.account_id = $1 AND ${UNREAD}`,
      [accountId, now],
    );
    return row?.unread ?? 0;
  },

  /** Marks the person's copy acknowledged (again: no change); `NOTIFICATION_NOT_FOUND` when it is not theirs. */
  async acknowledge(sql: Sql, accountId: string, id: string, now: Date): Promise<InboxItem> {
    return this.change(sql, accountId, id, now, `acknowledged_at = COALESCE(acknowledged_at, $3)`, now);
  },

  /** Hides the person's copy from the unread count until `until`. */
  async snooze(sql: Sql, accountId: string, id: string, now: Date, until: Date): Promise<InboxItem> {
    return this.change(sql, accountId, id, now, `snoozed_until = $3`, until);
  },

  async change(sql: Sql, accountId: string, id: string, now: Date, set: string, value: Date): Promise<InboxItem> {
    const updated = await sql.query(
      `UPDATE core.notification_recipients
          SET ${set}, revision = nextval('core.notification_revision'), transaction_id = pg_current_xact_id()
        WHERE account_id = $1 AND notification_id = $2 RETURNING 1`,
      [accountId, id, value],
    );
    if (updated.length === 0) throw new NotFoundError('NOTIFICATION_NOT_FOUND', { notificationId: id });
    const [row] = await sql.query<InboxRow>(
      `SELECT ${COLUMNS} FROM core.notification_recipients r JOIN core.notifications n ON n.id = r.notification_id
        WHERE r.account_id = $1 AND n.id = $3`,
      [accountId, now, id],
    );
    return toItem(row!);
  },
};

function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    plugin: row.plugin,
    severity: row.severity,
    subjectKey: row.subject_key,
    link: row.link,
    facts: row.facts,
    raisedAt: row.raised_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    snoozedUntil: row.snoozed_until?.toISOString() ?? null,
    unread: row.unread,
  };
}
