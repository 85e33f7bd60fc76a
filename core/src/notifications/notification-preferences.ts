import type { NotificationKindDefinition, Sql } from '@hms/sdk';

/** What one person receives of one kind, by outside channel (the inbox is always on). */
export interface KindPreference {
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly severity: NotificationKindDefinition['severity'];
  readonly email: boolean;
  readonly sms: boolean;
}

export interface NotificationPreferences {
  readonly contact: { readonly email: string | null; readonly phone: string | null };
  /** The channels this installation can send by (a transport is configured). */
  readonly channels: { readonly email: boolean; readonly sms: boolean };
  readonly kinds: readonly KindPreference[];
}

export interface PreferencesChange {
  readonly contact?: { readonly email?: string | null; readonly phone?: string | null };
  readonly kinds?: readonly { readonly kind: string; readonly email?: boolean; readonly sms?: boolean }[];
}

/** A person's addresses and choices; a kind they never chose for follows its declared default channels. */
export const notificationPreferences = {
  async read(
    sql: Sql,
    accountId: string,
    kinds: readonly NotificationKindDefinition[],
    channels: { email: boolean; sms: boolean },
  ): Promise<NotificationPreferences> {
    const [contact] = await sql.query<{ email: string | null; phone: string | null }>(
      `SELECT email, phone FROM core.notification_contacts WHERE account_id = $1`,
      [accountId],
    );
    const chosen = await sql.query<{ kind: string; channel: 'email' | 'sms'; enabled: boolean }>(
      `SELECT kind, channel, enabled FROM core.notification_preferences WHERE account_id = $1`,
      [accountId],
    );
    const choice = (kind: NotificationKindDefinition, channel: 'email' | 'sms'): boolean =>
      chosen.find((c) => c.kind === kind.name && c.channel === channel)?.enabled ?? kind.channels.includes(channel);
    return {
      contact: { email: contact?.email ?? null, phone: contact?.phone ?? null },
      channels,
      kinds: kinds.map((kind) => ({
        kind: kind.name,
        title: kind.title,
        description: kind.description,
        severity: kind.severity,
        email: choice(kind, 'email'),
        sms: choice(kind, 'sms'),
      })),
    };
  },

  async change(sql: Sql, accountId: string, change: PreferencesChange): Promise<void> {
    if (change.contact) {
      await sql.query(
        `INSERT INTO core.notification_contacts (account_id, email, phone) VALUES ($1, $2, $3)
         ON CONFLICT (account_id) DO UPDATE
           SET email = CASE WHEN $4 THEN EXCLUDED.email ELSE core.notification_contacts.email END,
               phone = CASE WHEN $5 THEN EXCLUDED.phone ELSE core.notification_contacts.phone END`,
        [
          accountId,
          change.contact.email ?? null,
          change.contact.phone ?? null,
          change.contact.email !== undefined,
          change.contact.phone !== undefined,
        ],
      );
    }
    for (const kind of change.kinds ?? []) {
      for (const channel of ['email', 'sms'] as const) {
        const enabled = kind[channel];
        if (enabled === undefined) continue;
        await sql.query(
          `INSERT INTO core.notification_preferences (account_id, kind, channel, enabled) VALUES ($1, $2, $3, $4)
           ON CONFLICT (account_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
          [accountId, kind.kind, channel, enabled],
        );
      }
    }
  },
};
