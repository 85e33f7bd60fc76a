import { HmsError } from '@hms/sdk';
import { applyMigrations } from '../database/migrator';
import { PgDatabase } from '../database/pg-database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { AUDIT_GENESIS_HASH, auditPayload, chainHash, type AuditEntry } from './audit-entry';
import { auditMigrations } from './audit.migrations';
import { AuditWriter } from './audit-writer';
import { verifyAuditLog } from './verify-audit-log';

interface Row {
  id: string;
  shard: number;
  day: string;
  seq: number;
  prev_hash: string;
  hash: string;
}

const read = (patientId = 'p-1'): AuditEntry => ({
  actorId: 'account-1', action: 'patient.GetPatient', patientIds: [patientId], outcome: 'success', source: '10.0.0.7', correlationId: 'corr-1',
});

describe(AuditWriter.name, () => {
  let testDb: TestDatabase;
  let db: PgDatabase;

  beforeEach(async () => {
    testDb = await createTestDatabase();
    db = new PgDatabase({ connectionString: testDb.url, max: 25 });
    await applyMigrations(db, 'core', auditMigrations);
  });

  afterEach(async () => {
    await db.close();
    await testDb.drop();
  });

  const rows = (): Promise<Row[]> =>
    db.query<Row>(`SELECT id::text AS id, shard, to_char(day, 'YYYY-MM-DD') AS day, seq, prev_hash, hash FROM core.audit_log ORDER BY id`);

  /** Every partition numbered 1..n without gaps, each record linked to the previous one. */
  async function expectContinuousChains(): Promise<void> {
    const byPartition = new Map<string, Row[]>();
    for (const row of (await rows()).sort((a, b) => a.seq - b.seq)) {
      const key = `${row.day}/${row.shard}`;
      byPartition.set(key, [...(byPartition.get(key) ?? []), row]);
    }
    for (const chain of byPartition.values()) {
      expect(chain.map((row) => row.seq)).toEqual(chain.map((_, i) => i + 1));
      chain.forEach((row, i) => expect(row.prev_hash).toBe(i === 0 ? AUDIT_GENESIS_HASH : chain[i - 1]?.hash));
    }
  }

  it('chains records per shard and per UTC day, hashing in SQL exactly as the verifier does in JS', async () => {
    let now = Date.parse('2026-03-02T23:59:59.000Z');
    const writer = new AuditWriter({ shards: 2, clock: { now: () => new Date(now) } });
    const results = [];
    for (let i = 0; i < 12; i++) {
      results.push(await writer.record(db, { ...read(`p-${i}`), details: { i, z: 'last', a: ['first'] } }));
      now += 200; // crosses midnight after five records
    }
    expect(new Set(results.map((r) => r.day))).toEqual(new Set(['2026-03-02', '2026-03-03']));
    const first = results.find((r) => r.seq === 1);
    expect(first).toBeDefined();
    const at = new Date(Date.parse('2026-03-02T23:59:59.000Z') + 200 * results.indexOf(first!));
    const payload = auditPayload({
      shard: first!.shard, day: first!.day, at, actorId: 'account-1', action: 'patient.GetPatient',
      patientIds: [`p-${results.indexOf(first!)}`], outcome: 'success', source: '10.0.0.7', correlationId: 'corr-1',
      details: { i: results.indexOf(first!), z: 'last', a: ['first'] },
    });
    expect(first!.hash).toBe(chainHash(AUDIT_GENESIS_HASH, payload));
    await expectContinuousChains();
    const heads = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM core.audit_heads`);
    expect(Number(heads[0]?.n)).toBeGreaterThanOrEqual(3);
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 12 });
  });

  it('keeps 200 records from 20 parallel transactions in continuous, verifiable chains', async () => {
    const writer = new AuditWriter();
    await Promise.all(
      Array.from({ length: 20 }, (_, t) =>
        db.transaction(async (sql) => {
          for (let i = 0; i < 10; i++) await writer.record(sql, read(`p-${t}-${i}`));
        }),
      ),
    );
    expect(await rows()).toHaveLength(200);
    await expectContinuousChains();
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 200 });
  });

  it('also keeps 200 concurrent reads (each its own statement) continuous', async () => {
    const writer = new AuditWriter({ shards: 3 });
    await Promise.all(Array.from({ length: 200 }, (_, i) => writer.record(db, read(`p-${i}`))));
    await expectContinuousChains();
    await expect(verifyAuditLog(db, { batchSize: 7 })).resolves.toEqual({ ok: true, checked: 200 });
  });

  it('writes all records of one transaction to one shard, so transactions cannot deadlock on two heads', async () => {
    const writer = new AuditWriter({ shards: 8 });
    const shards = await db.transaction(async (sql) => {
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await writer.record(sql, read()));
      return results.map((r) => r.shard);
    });
    expect(new Set(shards).size).toBe(1);
  });

  it('leaves no record and no gap when the transaction rolls back', async () => {
    const writer = new AuditWriter({ shards: 1 });
    await writer.record(db, read());
    await expect(
      db.transaction(async (sql) => {
        await writer.record(sql, { ...read(), action: 'patient.AdmitPatient' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await db.query(`SELECT 1 FROM core.audit_log WHERE action = 'patient.AdmitPatient'`)).toHaveLength(0);
    await writer.record(db, read());
    expect((await rows()).map((row) => row.seq)).toEqual([1, 2]);
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 2 });
  });

  it('stores awkward values so that they verify: nulls, unicode, array punctuation, numbers, dates in details', async () => {
    const writer = new AuditWriter();
    await writer.record(db, {
      actorId: null, action: 'auth.login', outcome: 'unauthenticated', source: null, correlationId: null,
      patientIds: ['a,b', 'c"d', '{e}', 'NULL', 'ünï ✓'],
      details: { z: [1.5, 1e-7, 12345678901234567890, -0, true], nested: { b: null, a: 'line\nbreak "quoted" \\ ✓' }, at: new Date(0), gone: undefined },
    });
    await writer.record(db, { actorId: '', action: 'x', outcome: 'error', source: '', correlationId: '' });
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 2 });
  });

  it('refuses a malformed entry as a kernel error (500)', async () => {
    const writer = new AuditWriter();
    await expect(writer.record(db, { ...read(), outcome: 'maybe' as never })).rejects.toBeInstanceOf(HmsError);
    await expect(writer.record(db, { ...read(), action: '' })).rejects.toMatchObject({ code: 'INVALID_AUDIT_ENTRY', status: 500 });
    expect(() => new AuditWriter({ shards: 0 })).toThrow(/between 1 and 32767/);
  });
});
