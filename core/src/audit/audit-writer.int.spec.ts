import { HmsError, type Sql } from '@hms/sdk';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
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
  actorId: 'account-1',
  action: 'patient.GetPatient',
  patientIds: [patientId],
  outcome: 'success',
  source: '10.0.0.7',
  correlationId: 'corr-1',
});

describe(AuditWriter.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;

  beforeEach(async () => {
    testDb = await openMigratedTestDatabase(auditMigrations, 25);
    db = testDb.db;
  });

  afterEach(async () => {
    await testDb?.close();
  });

  const rows = (): Promise<Row[]> =>
    db.query<Row>(
      `SELECT id::text AS id, shard, to_char(day, 'YYYY-MM-DD') AS day, seq, prev_hash, hash FROM core.audit_log ORDER BY id`,
    );

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
      shard: first!.shard,
      day: first!.day,
      at,
      actorId: 'account-1',
      action: 'patient.GetPatient',
      patientIds: [`p-${results.indexOf(first!)}`],
      outcome: 'success',
      source: '10.0.0.7',
      correlationId: 'corr-1',
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
      actorId: null,
      action: 'auth.login',
      outcome: 'unauthenticated',
      source: null,
      correlationId: null,
      patientIds: ['a,b', 'c"d', '{e}', 'NULL', 'ünï ✓'],
      details: {
        z: [1.5, 1e-7, 12345678901234567000, -0, true],
        nested: { b: null, a: 'line\nbreak "quoted" \\ ✓' },
        at: new Date(0),
        gone: undefined,
      },
    });
    await writer.record(db, { actorId: '', action: 'x', outcome: 'error', source: '', correlationId: '' });
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 2 });
  });

  describe('recordMany', () => {
    const DAY = '2026-03-02';
    const fixedClock = { now: () => new Date(`${DAY}T10:00:00.000Z`) };
    const batch = (tag: string, n: number): AuditEntry[] => Array.from({ length: n }, (_, i) => read(`${tag}-${i}`));

    interface HeadRow {
      shard: number;
      day: string;
      seq: number;
      prev_hash: string;
      hash: string;
    }
    const heads = (): Promise<HeadRow[]> =>
      db.query<HeadRow>(
        `SELECT shard, to_char(day, 'YYYY-MM-DD') AS day, seq, prev_hash, hash FROM core.audit_heads ORDER BY day, shard`,
      );
    /** The patient id of every record, in chain order, per `day/shard`. */
    async function patientsByChain(): Promise<Record<string, string[]>> {
      const found = await db.query<{ chain: string; patient: string }>(
        `SELECT to_char(day, 'YYYY-MM-DD') || '/' || shard AS chain, patient_ids[1] AS patient FROM core.audit_log l
          ORDER BY l.day, l.shard, l.seq`,
      );
      const chains: Record<string, string[]> = {};
      for (const { chain, patient } of found) (chains[chain] ??= []).push(patient);
      return chains;
    }

    it('chains records of record and recordMany mixed in one transaction and across transactions', async () => {
      const writer = new AuditWriter({ shards: 1, clock: fixedClock });
      await db.transaction(async (sql) => {
        await writer.record(sql, read('a'));
        await writer.recordMany(sql, batch('b', 3));
        await writer.record(sql, read('c'));
        await writer.recordMany(sql, batch('d', 2));
      });
      await writer.record(db, read('e'));
      await db.transaction((sql) => writer.recordMany(sql, batch('f', 4)));
      await db.transaction((sql) => writer.recordMany(sql, []));
      await db.transaction(async (sql) => {
        await writer.recordMany(sql, batch('g', 1));
        await writer.record(sql, read('h'));
      });
      expect(await patientsByChain()).toEqual({
        [`${DAY}/0`]: ['a', 'b-0', 'b-1', 'b-2', 'c', 'd-0', 'd-1', 'e', 'f-0', 'f-1', 'f-2', 'f-3', 'g-0', 'h'],
      });
      await expectContinuousChains();
      const last = (await rows()).find((row) => row.seq === 14);
      expect(await heads()).toEqual([{ shard: 0, day: DAY, seq: 14, prev_hash: last?.prev_hash, hash: last?.hash }]);
      await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 14 });
    });

    it('keeps 50 concurrent transactions of recordMany(5), mixed with single records, continuous and verifiable', async () => {
      const writer = new AuditWriter({ shards: 2, clock: fixedClock });
      await Promise.all([
        ...Array.from({ length: 50 }, (_, t) =>
          db.transaction(async (sql) => {
            if (t % 5 === 0) await writer.record(sql, read(`t${t}-before`));
            await writer.recordMany(sql, batch(`t${t}`, 5));
            if (t % 5 === 0) await writer.record(sql, read(`t${t}-after`));
          }),
        ),
        ...Array.from({ length: 20 }, (_, i) => writer.record(db, read(`single-${i}`))),
      ]);
      expect(await rows()).toHaveLength(50 * 5 + 10 * 2 + 20);
      await expectContinuousChains();
      // Each transaction's records are one unbroken run of its chain: the head stays locked until it commits.
      const chains = await patientsByChain();
      for (let t = 0; t < 50; t++) {
        const expected = [
          ...(t % 5 === 0 ? [`t${t}-before`] : []),
          ...batch(`t${t}`, 5).map((e) => e.patientIds![0]),
          ...(t % 5 === 0 ? [`t${t}-after`] : []),
        ];
        const chain = Object.values(chains).find((patients) => patients.includes(expected[0]!))!;
        const start = chain.indexOf(expected[0]!);
        expect(chain.slice(start, start + expected.length)).toEqual(expected);
      }
      await expect(verifyAuditLog(db, { batchSize: 17 })).resolves.toEqual({ ok: true, checked: 290 });
    });

    it('leaves no record, no head change and no gap when its transaction rolls back', async () => {
      const writer = new AuditWriter({ shards: 1, clock: fixedClock });
      const first = await writer.record(db, read('kept-1'));
      const headBefore = await heads();
      await expect(
        db.transaction(async (sql) => {
          await writer.recordMany(
            sql,
            batch('lost', 3).map((entry) => ({ ...entry, action: 'patient.AdmitPatient' })),
          );
          throw new Error('the write failed');
        }),
      ).rejects.toThrow('the write failed');
      // On a day without a head yet, the head the batch created goes away with it.
      const otherDay = new Date('2026-03-05T10:00:00.000Z');
      await expect(
        db.transaction(async (sql) => {
          await writer.recordMany(sql, [{ ...read('lost-other-day'), at: otherDay }]);
          throw new Error('the write failed');
        }),
      ).rejects.toThrow('the write failed');
      expect(
        await db.query(`SELECT 1 FROM core.audit_log WHERE action = 'patient.AdmitPatient' OR day = '2026-03-05'`),
      ).toHaveLength(0);
      expect(await heads()).toEqual(headBefore);
      expect(headBefore).toEqual([expect.objectContaining({ seq: 1, hash: first.hash })]);

      await db.transaction((sql) => writer.recordMany(sql, batch('kept-2', 2)));
      await writer.record(db, read('kept-3'));
      expect(await patientsByChain()).toEqual({ [`${DAY}/0`]: ['kept-1', 'kept-2-0', 'kept-2-1', 'kept-3'] });
      await expectContinuousChains();
      await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 4 });
    });

    it('writes nothing when one of its entries is malformed', async () => {
      const writer = new AuditWriter({ shards: 1, clock: fixedClock });
      await expect(
        db.transaction((sql) => writer.recordMany(sql, [read('fine'), { ...read('bad'), outcome: 'maybe' as never }])),
      ).rejects.toMatchObject({ code: 'INVALID_AUDIT_ENTRY', status: 500 });
      expect(await rows()).toEqual([]);
      expect(await heads()).toEqual([]);
    });

    it('puts the entries of two UTC days into the two days’ chains, each continuing where it was', async () => {
      const writer = new AuditWriter({ shards: 1, clock: fixedClock });
      const at = (iso: string): Date => new Date(iso);
      await writer.record(db, { ...read('before-midnight'), at: at('2026-03-02T23:00:00.000Z') });
      await db.transaction((sql) =>
        writer.recordMany(sql, [
          { ...read('d1-a'), at: at('2026-03-02T23:59:59.500Z') },
          { ...read('d2-a'), at: at('2026-03-03T00:00:00.100Z') },
          { ...read('d1-b'), at: at('2026-03-02T23:59:59.999Z') },
          { ...read('d2-b'), at: at('2026-03-03T00:00:00.200Z') },
        ]),
      );
      expect(await patientsByChain()).toEqual({
        '2026-03-02/0': ['before-midnight', 'd1-a', 'd1-b'],
        '2026-03-03/0': ['d2-a', 'd2-b'],
      });
      expect((await heads()).map(({ day, seq }) => ({ day, seq }))).toEqual([
        { day: '2026-03-02', seq: 3 },
        { day: '2026-03-03', seq: 2 },
      ]);
      await expectContinuousChains();
      await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 5 });
    });

    describe('the head trigger', () => {
      let chain: Row[];

      beforeEach(async () => {
        await db.transaction((sql) => new AuditWriter({ shards: 1, clock: fixedClock }).recordMany(sql, batch('x', 3)));
        chain = (await rows()).sort((a, b) => a.seq - b.seq);
        expect(chain.map((row) => row.seq)).toEqual([1, 2, 3]);
      });

      const moveHead = (sql: Sql, seq: number, prevHash: string, hash: string): Promise<unknown> =>
        sql.query(`UPDATE core.audit_heads SET seq = $1, prev_hash = $2, hash = $3 WHERE shard = 0 AND day = $4`, [
          seq,
          prevHash,
          hash,
          DAY,
        ]);

      /** Inserts records 4 and 5 by hand, record 4 linking to `prevOf4`, and moves the head to record 5. */
      async function appendByHand(sql: Sql, prevOf4: string): Promise<void> {
        const [hash4, hash5] = ['b'.repeat(64), 'c'.repeat(64)];
        await sql.query(
          `INSERT INTO core.audit_log (shard, day, seq, at, action, outcome, prev_hash, hash)
           VALUES (0, $1, 4, now(), 'forged', 'success', $2, $3), (0, $1, 5, now(), 'forged', 'success', $3, $4)`,
          [DAY, prevOf4, hash4, hash5],
        );
        await moveHead(sql, 5, hash4, hash5);
      }

      async function expectUnchanged(): Promise<void> {
        expect(await heads()).toEqual([
          { shard: 0, day: DAY, seq: 3, prev_hash: chain[2]!.prev_hash, hash: chain[2]!.hash },
        ]);
        expect((await rows()).map((row) => row.seq).sort((a, b) => a - b)).toEqual([1, 2, 3]);
        await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 3 });
      }

      it('refuses to move a head backwards, to a record it held before', async () => {
        await expect(moveHead(db, 2, chain[1]!.prev_hash, chain[1]!.hash)).rejects.toMatchObject({ code: '42501' });
        await expect(moveHead(db, 1, chain[0]!.prev_hash, chain[0]!.hash)).rejects.toMatchObject({ code: '42501' });
        await expectUnchanged();
      });

      it('refuses to move a head several links on to a seq without a record', async () => {
        await expect(moveHead(db, 5, 'd'.repeat(64), 'e'.repeat(64))).rejects.toMatchObject({ code: '42501' });
        await expect(moveHead(db, 5, chain[2]!.hash, 'e'.repeat(64))).rejects.toMatchObject({ code: '42501' });
        await expectUnchanged();
      });

      it('refuses to move a head to a record that does not continue from the old head', async () => {
        await expect(db.transaction((sql) => appendByHand(sql, 'f'.repeat(64)))).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(/may only advance along its chain/),
        });
        await expectUnchanged();
        // The same records linked to the old head would be accepted (rolled back here, so the log stays verifiable).
        const accepted = new Error('accepted');
        await expect(
          db.transaction(async (sql) => {
            await appendByHand(sql, chain[2]!.hash);
            throw accepted;
          }),
        ).rejects.toBe(accepted);
        await expectUnchanged();
      });
    });
  });

  it('refuses a malformed entry as a kernel error (500)', async () => {
    const writer = new AuditWriter();
    await expect(writer.record(db, { ...read(), outcome: 'maybe' as never })).rejects.toBeInstanceOf(HmsError);
    await expect(writer.record(db, { ...read(), action: '' })).rejects.toMatchObject({
      code: 'INVALID_AUDIT_ENTRY',
      status: 500,
    });
    expect(() => new AuditWriter({ shards: 0 })).toThrow(/between 1 and 32767/);
  });
});
