import { randomUUID } from 'node:crypto';
import { alertsPlugin, ReportShortage, shortage } from '../../test/alerts-plugin';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { FakeClock } from '../clock/clock';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { systemActor } from '../kernel/system-actor';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { testNotifications, testTransports } from '../testing/test-notifications';
import { deliverNotificationJobName } from './deliver-notification.job';
import { notificationStore } from './notification-store';
import { queueNotificationDeliveriesJobName } from './queue-notification-deliveries.job';

const clock = new FakeClock('2026-03-02T08:00:00.000Z');
const transports = testTransports();
let database: TestDatabase;
const prefixes: string[] = [];
const kernels: Kernel[] = [];

beforeAll(async () => {
  database = await createTestDatabase('hms_notify');
});
afterAll(async () => {
  for (const kernel of kernels) await kernel.close();
  await database?.drop();
  for (const prefix of prefixes) await dropPrefix(prefix);
});

/** A kernel on the shared database; with `jobs`, on a Redis prefix of its own and able to queue. */
async function boot(options: { jobs: boolean }): Promise<Kernel> {
  const prefix = uniquePrefix();
  if (options.jobs) prefixes.push(prefix);
  const kernel = await bootKernel({
    installed: [alertsPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 8,
    commandLanes: 3,
    clock,
    notifications: { transports, publicUrl: transports.publicUrl },
    ...(options.jobs ? { jobs: { redisUrl: REDIS_URL, prefix } } : {}),
  });
  kernels.push(kernel);
  return kernel;
}

const report = (kernel: Kernel, subjectKey: string) =>
  kernel.execute({
    type: ReportShortage.type,
    data: { subjectKey, refuse: false },
    actor: systemActor(),
    commandId: randomUUID(),
    correlationId: randomUUID(),
    source: 'test',
  });

async function bySubject(kernel: Kernel, subjectKey: string) {
  return kernel.db.query<{ id: string; queued: boolean; recipients: number }>(
    `SELECT n.id::text AS id, n.delivery_queued_at IS NOT NULL AS queued,
            (SELECT count(*)::int FROM core.notification_recipients r WHERE r.notification_id = n.id) AS recipients
       FROM core.notifications n WHERE subject_key = $1 ORDER BY raised_at, id`,
    [subjectKey],
  );
}

/** Waits until some backend of the database waits for a lock (the command's raise, on the held key). */
const someoneWaitsForALock = (kernel: Kernel) =>
  waitFor('a transaction to wait for the held key', async () => {
    const rows = await kernel.db.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows.length > 0;
  });

describe('notifications raised by commands', () => {
  let kernel: Kernel;
  beforeAll(async () => {
    kernel = await boot({ jobs: false });
    await testNotifications(kernel, clock, transports).addPerson({ roles: ['supply-clerk'] });
  });

  /** Holds a transaction that raised the subject open, until `end` says to commit or roll back. */
  function holdRaised(subjectKey: string) {
    let end!: (outcome: 'commit' | 'rollback') => void;
    const ended = new Promise<'commit' | 'rollback'>((resolve) => (end = resolve));
    const held = kernel.db
      .transaction(async (sql) => {
        const stored = await notificationStore.raise(
          sql,
          {
            kind: 'alerts.shortage',
            plugin: 'alerts',
            subjectKey,
            severity: 'warning',
            audience: { role: 'supply-clerk' },
            link: '/alerts',
            facts: {},
            raisedAt: clock.now(),
          },
          [],
        );
        if ((await ended) === 'rollback') throw new Error('rolled back on purpose');
        return stored!.id;
      })
      .catch((error: Error) => error.message);
    return { end, held };
  }

  it('waits for another transaction raising the same subject, then finds it open: raised once', async () => {
    const other = holdRaised('held-then-committed');
    const command = report(kernel, 'held-then-committed');
    await someoneWaitsForALock(kernel);
    other.end('commit');
    const heldId = await other.held;
    await command;
    expect((await bySubject(kernel, 'held-then-committed')).map((n) => n.id)).toEqual([heldId]);
  });

  it('stores its own when the other transaction rolls back', async () => {
    const other = holdRaised('held-then-rolled-back');
    const command = report(kernel, 'held-then-rolled-back');
    await someoneWaitsForALock(kernel);
    other.end('rollback');
    expect(await other.held).toBe('rolled back on purpose');
    await command;
    const [stored, ...more] = await bySubject(kernel, 'held-then-rolled-back');
    expect(more).toEqual([]);
    expect(stored?.recipients).toBe(1);
  });

  it('raises once when many commands, in several transactions, and jobs raise one subject at the same time', async () => {
    const subjectKey = 'many-at-once';
    await Promise.all([
      ...Array.from({ length: 12 }, () => report(kernel, subjectKey)),
      ...Array.from({ length: 4 }, () =>
        kernel.notifications.raise('alerts', {
          kind: shortage,
          subjectKey,
          audience: { role: 'supply-clerk' },
          link: '/alerts',
        }),
      ),
    ]);
    const [stored, ...more] = await bySubject(kernel, subjectKey);
    expect(more).toEqual([]);
    expect(stored?.recipients).toBe(1);
  });
});

describe('a notification stored but never queued for delivery', () => {
  it('is queued and sent once a kernel with job queues starts, and by the periodic sweep', async () => {
    // A process without job queues stores a command's notification and cannot queue its delivery: the state a
    // crash between the commit and the queuing leaves behind.
    const first = await boot({ jobs: false });
    await testNotifications(first, clock, transports).addPerson({
      roles: ['supply-clerk'],
      email: 'night@example.test',
    });
    await report(first, 'left-unqueued');
    const [left] = await bySubject(first, 'left-unqueued');
    expect(left?.queued).toBe(false);

    const restarted = await boot({ jobs: true });
    await restarted.notifications.idle();
    expect((await bySubject(restarted, 'left-unqueued'))[0]?.queued).toBe(true);
    const queue = restarted.jobs!.queue('alerts')!;
    expect((await queue.getJob(left!.id))?.name).toBe(deliverNotificationJobName('alerts'));
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toContain(queueNotificationDeliveriesJobName('alerts'));

    restarted.jobs!.startWorkers();
    await waitFor('the e-mail to be sent', async () => transports.email.sent.length > 0);
    expect(transports.email.sent.map((m) => m.to)).toEqual(['night@example.test']);

    // Redis unreachable when a later one was queued: the periodic sweep queues it.
    await restarted.db.query(`UPDATE core.notifications SET delivery_queued_at = NULL WHERE id = $1`, [left!.id]);
    expect(await restarted.notifications.queueUnqueued('alerts')).toBe(1);
    expect(await restarted.notifications.queueUnqueued('alerts')).toBe(0);
  }, 30_000);
});
