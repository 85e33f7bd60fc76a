import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, InvariantViolation, ValidationError } from '@hms/sdk';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { verifyAuditLog } from '../audit/verify-audit-log';
import { FakeClock } from '../clock/clock';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { BreakCounter, CloseCounter, GetTotal, Increment, tallyPlugin } from '../../test/fixtures/tally.plugin';
import { bootKernel } from './boot-kernel';
import type { Kernel } from './kernel';

const admin = new AuthenticatedActor('u-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
const reader = new AuthenticatedActor('u-reader', 'reader', 'Reader', new Set(['tally:counter:read']));

describe('Kernel', () => {
  let database: TestDatabase;
  let kernel: Kernel;

  beforeAll(async () => {
    database = await createTestDatabase();
    kernel = await bootKernel({
      installed: [tallyPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: 24,
      clock: new FakeClock(),
    });
  });
  afterAll(async () => {
    await kernel?.close();
    await database?.drop();
  });

  const increment = (
    counterId: string,
    by: number,
    options: { commandId?: string; actor?: AuthenticatedActor; patientId?: string } = {},
  ) =>
    kernel.execute({
      type: Increment.type,
      data: { counterId, by, ...(options.patientId ? { patientId: options.patientId } : {}) },
      actor: options.actor ?? admin,
      commandId: options.commandId,
      correlationId: randomUUID(),
      source: '127.0.0.1',
    }) as Promise<{ total: number; version: number }>;
  const total = (counterId: string) =>
    kernel.ask({
      type: GetTotal.type,
      params: { counterId },
      actor: reader,
      correlationId: randomUUID(),
      source: null,
    }) as Promise<{ total: number }>;
  const eventCount = async (counterId: string) =>
    (await kernel.store.readStream(kernel.db, `tally.counter-${counterId}`)).length;

  it('commits inline projections with the command: the read model shows the write as soon as it returns', async () => {
    const id = randomUUID();
    expect(await increment(id, 2)).toMatchObject({ total: 2, version: 1 });
    expect(await increment(id, 3)).toMatchObject({ total: 5, version: 2 });
    expect(await total(id)).toMatchObject({ total: 5 });
  });

  it('returns the first result for a retried command id and appends nothing twice', async () => {
    const id = randomUUID();
    const commandId = randomUUID();
    const first = await increment(id, 4, { commandId });
    expect(await increment(id, 4, { commandId })).toEqual(first);
    expect(await eventCount(id)).toBe(1);
  });

  it('appends once when the same command id arrives many times at once', async () => {
    const id = randomUUID();
    const commandId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => increment(id, 7, { commandId })));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(await eventCount(id)).toBe(1);
  });

  it('refuses a command id reused for a different payload', async () => {
    const commandId = randomUUID();
    const id = randomUUID();
    await increment(id, 1, { commandId });
    await expect(increment(id, 2, { commandId })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('refuses without the permission, appends nothing, and audits the denial', async () => {
    const id = randomUUID();
    const patientId = randomUUID();
    await expect(increment(id, 1, { actor: reader, patientId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await eventCount(id)).toBe(0);
    const rows = await kernel.db.query<{ outcome: string; actor_id: string }>(
      'SELECT outcome, actor_id FROM core.audit_log WHERE $1 = ANY(patient_ids)',
      [patientId],
    );
    expect(rows).toEqual([{ outcome: 'denied', actor_id: 'u-reader' }]);
  });

  it('names the invalid field and changes nothing', async () => {
    const id = randomUUID();
    const error = await increment(id, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['by']);
    expect(await eventCount(id)).toBe(0);
  });

  it('surfaces a refused business rule as an invariant violation', async () => {
    const id = randomUUID();
    await increment(id, 1);
    await kernel.execute({
      type: CloseCounter.type,
      data: { counterId: id },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    });
    await expect(increment(id, 1)).rejects.toBeInstanceOf(InvariantViolation);
    expect(await eventCount(id)).toBe(2);
  });

  it('audits a successful write in its own transaction with the patient id', async () => {
    const patientId = randomUUID();
    await increment(randomUUID(), 1, { patientId });
    const rows = await kernel.db.query<{ outcome: string; action: string }>(
      'SELECT outcome, action FROM core.audit_log WHERE $1 = ANY(patient_ids)',
      [patientId],
    );
    expect(rows).toEqual([{ outcome: 'success', action: 'tally.Increment' }]);
  });

  it('keeps the count exact under concurrent writers: each write lands once or fails as a conflict', async () => {
    const id = randomUUID();
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => increment(id, 1)));
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length;
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ConflictError);
    expect(succeeded).toBeGreaterThan(0);
    expect(await total(id)).toMatchObject({ total: succeeded });
    expect(await eventCount(id)).toBe(succeeded);
  });

  it('lets each command of a shared transaction succeed or fail on its own', async () => {
    const open = Array.from({ length: 30 }, () => randomUUID());
    const closed = randomUUID();
    await increment(closed, 1);
    await kernel.execute({
      type: CloseCounter.type,
      data: { counterId: closed },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    });
    const outcomes = await Promise.allSettled([
      ...open.map((id) => increment(id, 2)),
      increment(closed, 1),
      kernel.execute({
        type: BreakCounter.type,
        data: { counterId: closed },
        actor: admin,
        correlationId: randomUUID(),
        source: null,
      }),
      ...open.map((id) => increment(id, 3)),
    ]);
    expect(outcomes.slice(0, 30).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[30]).toMatchObject({ status: 'rejected', reason: expect.any(InvariantViolation) });
    expect(outcomes[31]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ code: '42P01' }) });
    for (const id of open) expect(await total(id)).toMatchObject({ total: 5 });
    expect(await eventCount(closed)).toBe(2);
  });

  it('catches up async projections and rebuilds both kinds to the same read model', async () => {
    await kernel.asyncProjector.catchUp();
    const snapshot = async () => ({
      totals: await kernel.db.query('SELECT * FROM tally.totals ORDER BY counter_id'),
      history: await kernel.db.query('SELECT * FROM tally.history ORDER BY position'),
    });
    const before = await snapshot();
    const [events] = await kernel.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM core.events WHERE stream_type = 'tally.counter'`,
    );
    expect(before.history).toHaveLength(Number(events?.n));
    expect((await kernel.rebuildProjection('tally.totals')).events).toBeGreaterThan(0);
    expect((await kernel.rebuildProjection('tally.history')).events).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves an intact audit chain behind all of the above', async () => {
    expect(await verifyAuditLog(kernel.db)).toMatchObject({ ok: true });
  });
});
