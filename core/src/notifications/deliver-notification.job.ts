import { z, type JobDefinition, type NotificationKindDefinition, type Sql } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import { notificationStore } from './notification-store';
import { transportMessage, type NotificationTransports, type TransportChannel } from './notification-transports';

const payload = z.strictObject({ notificationId: z.uuid() });
export type DeliverNotificationPayload = z.infer<typeof payload>;

/** The kernel's job on a plugin's queue that sends its notifications through the transports. */
export function deliverNotificationJobName(plugin: string): string {
  return `${plugin}.deliver-notification`;
}

export interface DeliveryDeps {
  readonly kinds: ReadonlyMap<string, { readonly item: NotificationKindDefinition }>;
  readonly clock: Clock;
  readonly transports: NotificationTransports;
  /** The web client's address as people reach it (`HMS_PUBLIC_URL`), for the link in the message. */
  readonly publicUrl: string;
}

interface Recipient {
  account_id: string;
  email: string | null;
  phone: string | null;
  acknowledged: boolean;
  email_pref: boolean | null;
  sms_pref: boolean | null;
}

/**
 * Sends one notification to each of its recipients by the channels the kind uses by default or the person chose,
 * where they gave an address and the installation has a transport. Each (person, channel) is claimed in
 * `core.notification_deliveries` before it is sent, so a re-delivered or retried job sends nothing twice; a
 * transport's failure releases the claim and fails the run, which BullMQ retries. A notification resolved or
 * acknowledged meanwhile is not sent: it no longer needs anyone.
 */
export function deliverNotificationJob(plugin: string, deps: DeliveryDeps): JobDefinition<DeliverNotificationPayload> {
  return {
    name: deliverNotificationJobName(plugin),
    payload,
    retry: { attempts: 5, backoffMs: 5000 },
    concurrency: 4,
    async handle({ notificationId }, ctx) {
      const notification = await notificationStore.find(ctx.sql, notificationId);
      if (!notification || notification.resolvedAt) return;
      const kind = deps.kinds.get(notification.kind)?.item;
      if (!kind) return; // its plugin is no longer enabled
      for (const recipient of await recipientsOf(ctx.sql, notificationId)) {
        if (recipient.acknowledged) continue;
        for (const channel of ['email', 'sms'] as const) {
          const to = channel === 'email' ? recipient.email : recipient.phone;
          const chosen = channel === 'email' ? recipient.email_pref : recipient.sms_pref;
          const transport = deps.transports[channel];
          if (!to || !transport || !(chosen ?? kind.channels.includes(channel))) continue;
          if (!(await claim(ctx.sql, notificationId, recipient.account_id, channel, deps.clock.now()))) continue;
          try {
            await transport.send(
              transportMessage(channel, to, { title: kind.title, code: notification.code, publicUrl: deps.publicUrl }),
            );
          } catch (error) {
            await release(ctx.sql, notificationId, recipient.account_id, channel);
            throw error;
          }
        }
      }
    },
  };
}

async function recipientsOf(sql: Sql, notificationId: string): Promise<Recipient[]> {
  return sql.query<Recipient>(
    `SELECT r.account_id::text AS account_id, c.email, c.phone, r.acknowledged_at IS NOT NULL AS acknowledged,
            (SELECT enabled FROM core.notification_preferences p
              WHERE p.account_id = r.account_id AND p.kind = n.kind AND p.channel = 'email') AS email_pref,
            (SELECT enabled FROM core.notification_preferences p
              WHERE p.account_id = r.account_id AND p.kind = n.kind AND p.channel = 'sms') AS sms_pref
       FROM core.notification_recipients r
       JOIN core.notifications n ON n.id = r.notification_id
       LEFT JOIN core.notification_contacts c ON c.account_id = r.account_id
      WHERE r.notification_id = $1 ORDER BY r.account_id`,
    [notificationId],
  );
}

async function claim(sql: Sql, notificationId: string, accountId: string, channel: TransportChannel, at: Date) {
  const rows = await sql.query(
    `INSERT INTO core.notification_deliveries (notification_id, account_id, channel, status, at)
     VALUES ($1, $2, $3, 'sent', $4) ON CONFLICT DO NOTHING RETURNING 1`,
    [notificationId, accountId, channel, at],
  );
  return rows.length > 0;
}

async function release(sql: Sql, notificationId: string, accountId: string, channel: TransportChannel) {
  await sql.query(
    `DELETE FROM core.notification_deliveries WHERE notification_id = $1 AND account_id = $2 AND channel = $3`,
    [notificationId, accountId, channel],
  );
}
