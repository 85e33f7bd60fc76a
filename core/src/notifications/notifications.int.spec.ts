import { ValidationError, type NotificationAudience } from '@hms/sdk';
import type { TestKernel } from '@hms/sdk/testing';
import { alertsPlugin, ReportShortage, shortage, shortageJob, WARD_ID } from '../../test/alerts-plugin';
import { bootTestKernel } from '../testing/boot-test-kernel';
import { notificationInbox } from './notification-inbox';
import { notificationPreferences } from './notification-preferences';

describe('notifications', () => {
  let kernel: TestKernel;
  beforeAll(async () => {
    kernel = await bootTestKernel({ plugins: [alertsPlugin], now: '2026-03-02T08:00:00.000Z' });
  });
  afterAll(() => kernel?.close());

  const raise = (subjectKey: string, audience: NotificationAudience) =>
    kernel.runJob(shortageJob, { subjectKey, audience, resolve: false });
  const resolve = (subjectKey: string) =>
    kernel.runJob(shortageJob, { subjectKey, audience: { role: 'x' }, resolve: true });
  const bySubject = async (subjectKey: string) =>
    (await kernel.notifications.list()).filter((n) => n.subjectKey === subjectKey);

  it('raises a notification once while it is open, to every member of the role', async () => {
    const clerks = [
      await kernel.notifications.addPerson({ roles: ['supply-clerk'] }),
      await kernel.notifications.addPerson({ roles: ['supply-clerk'] }),
    ];
    const other = await kernel.notifications.addPerson({ roles: ['porter'] });
    await raise('store-1:item-1', { role: 'supply-clerk' });
    await raise('store-1:item-1', { role: 'supply-clerk' });
    const [only, ...more] = await bySubject('store-1:item-1');
    expect(more).toEqual([]);
    expect(only).toMatchObject({ status: 'open', kind: 'alerts.shortage' });
    expect(only?.recipients).toEqual(clerks.map((c) => c.id).sort());
    expect(only?.recipients).not.toContain(other.id);
  });

  it('resolves it, which leaves the unread count, and raises a new one when the condition comes back', async () => {
    const clerk = await kernel.notifications.addPerson({ roles: ['night-clerk'] });
    await raise('store-2:item-1', { role: 'night-clerk' });
    expect(await notificationInbox.unreadCount(kernel.sql, clerk.id, new Date(kernel.clock.now()))).toBe(1);
    await resolve('store-2:item-1');
    expect((await bySubject('store-2:item-1')).map((n) => n.status)).toEqual(['resolved']);
    expect(await notificationInbox.unreadCount(kernel.sql, clerk.id, new Date(kernel.clock.now()))).toBe(0);
    kernel.clock.advance(60_000);
    await raise('store-2:item-1', { role: 'night-clerk' });
    expect((await bySubject('store-2:item-1')).map((n) => n.status)).toEqual(['resolved', 'open']);
  });

  it('reaches one person, or the accounts of a ward team by their linked practitioner ids', async () => {
    const person = await kernel.notifications.addPerson();
    const nurse = await kernel.notifications.addPerson({ practitionerId: 'pr-7' });
    await raise('person-case', { person: person.id });
    await raise('ward-case', { ward: WARD_ID });
    await raise('unknown-ward-case', { ward: '00000000-0000-4000-8000-0000000000ff' });
    expect((await bySubject('person-case'))[0]?.recipients).toEqual([person.id]);
    expect((await bySubject('ward-case'))[0]?.recipients).toEqual([nurse.id]);
    expect((await bySubject('unknown-ward-case'))[0]?.recipients).toEqual([]);
  });

  it("shows a person only their own notifications, and refuses to acknowledge or snooze another's", async () => {
    const owner = await kernel.notifications.addPerson();
    const stranger = await kernel.notifications.addPerson();
    await raise('private-case', { person: owner.id });
    const [own] = await kernel.notifications.inbox(owner.id);
    expect(own).toMatchObject({ subjectKey: 'private-case', unread: true });
    expect(await kernel.notifications.inbox(stranger.id)).toEqual([]);
    const now = new Date(kernel.clock.now());
    await expect(notificationInbox.acknowledge(kernel.sql, stranger.id, own!.id, now)).rejects.toMatchObject({
      code: 'NOTIFICATION_NOT_FOUND',
    });
    await expect(
      notificationInbox.snooze(kernel.sql, stranger.id, own!.id, now, new Date(now.getTime() + 3_600_000)),
    ).rejects.toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
    expect((await kernel.notifications.inbox(owner.id))[0]?.unread).toBe(true);
    await notificationInbox.acknowledge(kernel.sql, owner.id, own!.id, now);
    expect((await kernel.notifications.inbox(owner.id))[0]?.unread).toBe(false);
  });

  it('hides a snoozed notification from the unread count until the snooze ends', async () => {
    const person = await kernel.notifications.addPerson();
    await raise('snoozed-case', { person: person.id });
    const [item] = await kernel.notifications.inbox(person.id);
    const now = new Date(kernel.clock.now());
    await notificationInbox.snooze(kernel.sql, person.id, item!.id, now, new Date(now.getTime() + 3_600_000));
    expect(await notificationInbox.unreadCount(kernel.sql, person.id, now)).toBe(0);
    expect(await notificationInbox.unreadCount(kernel.sql, person.id, new Date(now.getTime() + 3_600_001))).toBe(1);
  });

  it("stores a command's notification with the command (there when it answers), never a refused one's", async () => {
    const clerk = await kernel.notifications.addPerson({ roles: ['supply-clerk'] });
    await kernel.execute(ReportShortage, { subjectKey: 'from-command', refuse: false });
    await expect(kernel.execute(ReportShortage, { subjectKey: 'refused-command', refuse: true })).rejects.toThrow(
      ValidationError,
    );
    expect((await bySubject('from-command'))[0]?.recipients).toContain(clerk.id);
    expect(await bySubject('refused-command')).toEqual([]);
  });

  it('sends by e-mail and SMS once per person and channel, with a code and a link but none of its facts', async () => {
    const person = await kernel.notifications.addPerson({ email: 'clerk@example.test', phone: '+15555550100' });
    // The kind goes by e-mail by default; this person also asked for SMS.
    await notificationPreferences.change(kernel.sql, person.id, { kinds: [{ kind: shortage.name, sms: true }] });
    await raise('transport-case', { person: person.id });
    await kernel.notifications.deliver();
    const sent = await kernel.notifications.deliver(); // a second run sends nothing more
    const [notification] = await bySubject('transport-case');
    expect(sent.map((m) => [m.channel, m.to]).sort()).toEqual([
      ['email', 'clerk@example.test'],
      ['sms', '+15555550100'],
    ]);
    for (const message of sent) {
      expect(message.body).toContain(notification!.code);
      expect(message.body).toContain(`https://hms.example.test/notifications?code=${notification!.code}`);
      const text = `${message.subject}\n${message.body}`;
      for (const leak of ['p-123', 'Jane Example', 'bed 4', 'transport-case', '/alerts/supplies', person.id])
        expect(text).not.toContain(leak);
    }
  });

  it('refuses a subject key with free text in it (a name would reach the logs and the queue)', async () => {
    await expect(
      kernel.runJob(shortageJob, { subjectKey: 'Jane Example', audience: { role: 'x' }, resolve: false }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
