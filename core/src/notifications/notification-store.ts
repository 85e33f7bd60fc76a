import { randomBytes, randomUUID } from 'node:crypto';
import type { NotificationAudience, NotificationSeverity, Sql } from '@hms/sdk';

/** A notification as it is stored. */
export interface StoredNotification {
  readonly id: string;
  readonly code: string;
  readonly kind: string;
  readonly plugin: string;
  readonly subjectKey: string;
  readonly severity: NotificationSeverity;
  readonly audience: NotificationAudience;
  readonly link: string;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
  readonly raisedAt: Date;
  readonly resolvedAt: Date | null;
}

/** Letters and digits that cannot be mistaken for one another when read aloud or typed from a phone. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short code people can read out: `N-` and eight characters (40 bits, unique in the table). */
export function notificationCode(): string {
  return `N-${[...randomBytes(8)].map((byte) => CODE_ALPHABET[byte % 32]).join('')}`;
}

/** The SQL of the notifications and their recipients; every statement runs in the caller's transaction. */
export const notificationStore = {
  /**
   * Inserts the notification and its recipients, unless one of its kind and subject is open: then nothing changes
   * and `undefined` is answered. Two raising at once meet the partial unique key; the second inserts nothing.
   */
  async raise(
    sql: Sql,
    notification: Omit<StoredNotification, 'id' | 'code' | 'resolvedAt'>,
    recipients: readonly string[],
  ): Promise<{ id: string; code: string } | undefined> {
    const [row] = await sql.query<{ id: string; code: string }>(
      `INSERT INTO core.notifications
         (id, code, kind, plugin, subject_key, severity, audience, link, facts, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (kind, subject_key) WHERE resolved_at IS NULL DO NOTHING
       RETURNING id::text AS id, code`,
      [
        randomUUID(),
        notificationCode(),
        notification.kind,
        notification.plugin,
        notification.subjectKey,
        notification.severity,
        JSON.stringify(notification.audience),
        notification.link,
        JSON.stringify(notification.facts),
        notification.raisedAt,
      ],
    );
    if (!row) return undefined;
    if (recipients.length > 0) {
      await sql.query(
        `INSERT INTO core.notification_recipients (notification_id, account_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [row.id, recipients],
      );
    }
    return row;
  },

  /** Marks the open notification of the kind and subject resolved, and its copies changed; answers its id. */
  async resolve(sql: Sql, kind: string, subjectKey: string, at: Date): Promise<string | undefined> {
    const [row] = await sql.query<{ id: string }>(
      `UPDATE core.notifications SET resolved_at = $3
        WHERE kind = $1 AND subject_key = $2 AND resolved_at IS NULL RETURNING id::text AS id`,
      [kind, subjectKey, at],
    );
    if (!row) return undefined;
    await sql.query(
      `UPDATE core.notification_recipients
          SET revision = nextval('core.notification_revision'), transaction_id = pg_current_xact_id()
        WHERE notification_id = $1`,
      [row.id],
    );
    return row.id;
  },

  /** The subject keys of the open notifications of a kind. */
  async openKeys(sql: Sql, kind: string): Promise<string[]> {
    const rows = await sql.query<{ subject_key: string }>(
      `SELECT subject_key FROM core.notifications WHERE kind = $1 AND resolved_at IS NULL ORDER BY subject_key`,
      [kind],
    );
    return rows.map((row) => row.subject_key);
  },

  /** Notes that the notifications' delivery jobs are queued, so the sweep leaves them alone. */
  async markDeliveryQueued(sql: Sql, ids: readonly string[], at: Date): Promise<void> {
    await sql.query(
      `UPDATE core.notifications SET delivery_queued_at = $2 WHERE id = ANY($1::uuid[]) AND delivery_queued_at IS NULL`,
      [ids, at],
    );
  },

  /** Open notifications whose delivery was never queued (of one plugin, or all), oldest first. */
  async unqueued(
    sql: Sql,
    plugin: string | undefined,
    limit: number,
  ): Promise<{ id: string; plugin: string; kind: string }[]> {
    return sql.query<{ id: string; plugin: string; kind: string }>(
      `SELECT id::text AS id, plugin, kind FROM core.notifications
        WHERE delivery_queued_at IS NULL AND resolved_at IS NULL AND ($1::text IS NULL OR plugin = $1)
        ORDER BY raised_at, id LIMIT $2`,
      [plugin ?? null, limit],
    );
  },

  async find(sql: Sql, id: string): Promise<StoredNotification | undefined> {
    const [row] = await sql.query<NotificationRow>(`SELECT ${COLUMNS} FROM core.notifications WHERE id = $1`, [id]);
    return row ? toNotification(row) : undefined;
  },
};

interface NotificationRow {
  id: string;
  code: string;
  kind: string;
  plugin: string;
  subject_key: string;
  severity: NotificationSeverity;
  audience: NotificationAudience;
  link: string;
  facts: Record<string, string | number | boolean | null>;
  raised_at: Date;
  resolved_at: Date | null;
}

const COLUMNS = `id::text AS id, code, kind, plugin, subject_key, severity, audience, link, facts, raised_at, resolved_at`;

function toNotification(row: NotificationRow): StoredNotification {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    plugin: row.plugin,
    subjectKey: row.subject_key,
    severity: row.severity,
    audience: row.audience,
    link: row.link,
    facts: row.facts,
    raisedAt: row.raised_at,
    resolvedAt: row.resolved_at,
  };
}
