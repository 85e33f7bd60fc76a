import { randomUUID } from 'node:crypto';
import type { NotificationAudience } from '@hms/sdk';
import type { TestNotification, TestNotifications } from '@hms/sdk/testing';
import type { FakeClock } from '../clock/clock';
import type { Kernel } from '../kernel/kernel';
import { deliverNotificationJob } from '../notifications/deliver-notification.job';
import { notificationInbox } from '../notifications/notification-inbox';
import { notificationPreferences } from '../notifications/notification-preferences';
import { RecordingTransport, type NotificationTransports } from '../notifications/notification-transports';

/** The recording transports and public address a test kernel boots with. */
export function testTransports(): { email: RecordingTransport; sms: RecordingTransport; publicUrl: string } {
  return { email: new RecordingTransport(), sms: new RecordingTransport(), publicUrl: 'https://hms.example.test' };
}

/** `TestKernel.notifications`: people, what was raised, inboxes, and delivery through the recording transports. */
export function testNotifications(
  kernel: Kernel,
  clock: FakeClock,
  transports: ReturnType<typeof testTransports>,
): TestNotifications {
  const sql = kernel.db;
  return {
    async addPerson(person = {}) {
      const id = randomUUID();
      await sql.query(
        `INSERT INTO core.accounts (id, username, password_hash, display_name, practitioner_id)
         VALUES ($1, $2, 'not-a-password', 'Test person', $3)`,
        [id, `person-${id.slice(0, 8)}`, person.practitionerId ?? null],
      );
      for (const role of person.roles ?? []) {
        await sql.query(
          `INSERT INTO core.roles (name, description, permissions) VALUES ($1, 'Test role', '{}') ON CONFLICT DO NOTHING`,
          [role],
        );
        await sql.query(`INSERT INTO core.account_roles (account_id, role) VALUES ($1, $2)`, [id, role]);
      }
      if (person.email !== undefined || person.phone !== undefined) {
        await notificationPreferences.change(sql, id, { contact: { email: person.email, phone: person.phone } });
      }
      return { id };
    },
    async list() {
      const rows = await sql.query<{
        id: string;
        code: string;
        kind: string;
        subject_key: string;
        resolved: boolean;
        audience: NotificationAudience;
        link: string;
        facts: TestNotification['facts'];
        recipients: string[];
      }>(
        `SELECT n.id::text AS id, n.code, n.kind, n.subject_key, n.resolved_at IS NOT NULL AS resolved, n.audience,
                n.link, n.facts,
                COALESCE(array_agg(r.account_id::text ORDER BY r.account_id) FILTER (WHERE r.account_id IS NOT NULL),
                         '{}') AS recipients
           FROM core.notifications n LEFT JOIN core.notification_recipients r ON r.notification_id = n.id
          GROUP BY n.id ORDER BY n.raised_at, n.id`,
      );
      return rows.map((row) => ({
        id: row.id,
        code: row.code,
        kind: row.kind,
        subjectKey: row.subject_key,
        status: row.resolved ? 'resolved' : 'open',
        audience: row.audience,
        link: row.link,
        facts: row.facts,
        recipients: row.recipients,
      }));
    },
    async inbox(accountId) {
      const items = await notificationInbox.list(sql, accountId, clock.now(), { state: 'all', limit: 500 });
      return items.map(({ id, kind, subjectKey, unread, resolvedAt }) => ({
        id,
        kind,
        subjectKey,
        unread,
        resolvedAt,
      }));
    },
    async deliver() {
      const open = await sql.query<{ id: string; plugin: string }>(
        `SELECT id::text AS id, plugin FROM core.notifications WHERE resolved_at IS NULL ORDER BY raised_at, id`,
      );
      const deps = {
        kinds: kernel.registry.notificationKinds,
        clock,
        transports: transports as NotificationTransports,
        publicUrl: transports.publicUrl,
      };
      for (const { id, plugin } of open) {
        await deliverNotificationJob(plugin, deps).handle(
          { notificationId: id },
          {
            sql,
            now: clock.now().toISOString(),
            options: {},
            progress: () => Promise.resolve(),
            execute: () => Promise.reject(new Error('The delivery job sends no command')),
            notify: () => Promise.reject(new Error('The delivery job raises nothing')),
            resolveNotification: () => Promise.reject(new Error('The delivery job resolves nothing')),
            openNotifications: () => Promise.reject(new Error('The delivery job reads no kind')),
          },
        );
      }
      return [...transports.email.sent, ...transports.sms.sent];
    },
  };
}
