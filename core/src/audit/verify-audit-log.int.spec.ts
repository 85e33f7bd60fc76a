import type { Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { auditMigrations } from './audit.migrations';
import { AuditWriter, type AuditRecordResult } from './audit-writer';
import { verifyAuditLog } from './verify-audit-log';

/** Plays an attacker with superuser rights: the triggers are switched off around `work`. */
async function asSuperuser(db: Database, work: (sql: Sql) => Promise<unknown>): Promise<void> {
  await db.transaction(async (sql) => {
    await sql.query(`ALTER TABLE core.audit_log DISABLE TRIGGER ALL`);
    await sql.query(`ALTER TABLE core.audit_heads DISABLE TRIGGER ALL`);
    await work(sql);
    await sql.query(`ALTER TABLE core.audit_log ENABLE TRIGGER ALL`);
    await sql.query(`ALTER TABLE core.audit_heads ENABLE TRIGGER ALL`);
  });
}

describe(verifyAuditLog.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;
  let records: AuditRecordResult[];

  beforeEach(async () => {
    testDb = await openMigratedTestDatabase(auditMigrations);
    db = testDb.db;
    let now = Date.parse('2026-03-01T12:00:00.000Z');
    const writer = new AuditWriter({ shards: 3, clock: { now: () => new Date(now) } });
    records = [];
    for (let i = 0; i < 30; i++) {
      records.push(
        await writer.record(db, {
          actorId: 'a1',
          action: 'patient.GetPatient',
          patientIds: [`p-${i}`],
          outcome: 'success',
          details: { i },
        }),
      );
      now += 3 * 3_600_000; // 30 records over four days
    }
  });

  afterEach(async () => {
    await testDb?.close();
  });

  /** A record in the middle of its chain (neither first nor last), on the given day. */
  function middleOf(day: string): AuditRecordResult {
    const record = records.find(
      (r) => r.day === day && r.seq === 2 && records.some((o) => o.day === r.day && o.shard === r.shard && o.seq === 3),
    );
    if (!record) throw new Error(`no middle record on ${day}`);
    return record;
  }

  it('passes an intact log, in small batches too', async () => {
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 30 });
    await expect(verifyAuditLog(db, { batchSize: 4 })).resolves.toEqual({ ok: true, checked: 30 });
  });

  it('passes an empty log', async () => {
    const empty = await openMigratedTestDatabase(auditMigrations);
    try {
      await expect(verifyAuditLog(empty.db)).resolves.toEqual({ ok: true, checked: 0 });
    } finally {
      await empty.close();
    }
  });

  it('names exactly the row whose action was changed', async () => {
    const target = middleOf('2026-03-02');
    await asSuperuser(db, (sql) =>
      sql.query(`UPDATE core.audit_log SET action = 'patient.ListPatients' WHERE id = $1`, [target.id]),
    );
    const result = await verifyAuditLog(db, { batchSize: 5 });
    expect(result).toEqual({
      ok: false,
      checked: 30,
      unlisted: 0,
      breaks: [{ id: target.id, shard: target.shard, day: '2026-03-02', seq: 2, reason: 'hash-mismatch' }],
    });
  });

  it.each([
    ['patient ids', `UPDATE core.audit_log SET patient_ids = '{p-999}' WHERE id = $1`],
    ['details', `UPDATE core.audit_log SET details = '{"i": 999}' WHERE id = $1`],
    ['the instant', `UPDATE core.audit_log SET at = at + interval '1 second' WHERE id = $1`],
    ['the instant, below a millisecond', `UPDATE core.audit_log SET at = at + interval '1 microsecond' WHERE id = $1`],
    ['the actor, to null', `UPDATE core.audit_log SET actor_id = NULL WHERE id = $1`],
  ])('detects a change of %s', async (_, statement) => {
    const target = middleOf('2026-03-03');
    await asSuperuser(db, (sql) => sql.query(statement, [target.id]));
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ id: target.id, reason: 'hash-mismatch' }],
    });
  });

  it('goes on past a break and reports every one, in (day, shard, seq) order', async () => {
    const later = middleOf('2026-03-03');
    const earlier = middleOf('2026-03-02');
    await asSuperuser(db, async (sql) => {
      await sql.query(`UPDATE core.audit_log SET outcome = 'denied' WHERE id = $1`, [later.id]);
      await sql.query(`UPDATE core.audit_log SET outcome = 'denied' WHERE id = $1`, [earlier.id]);
    });
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      checked: 30,
      breaks: [
        { id: earlier.id, reason: 'hash-mismatch' },
        { id: later.id, reason: 'hash-mismatch' },
      ],
    });
  });

  it('detects a record removed from the middle of a chain', async () => {
    const target = middleOf('2026-03-02');
    await asSuperuser(db, (sql) => sql.query(`DELETE FROM core.audit_log WHERE id = $1`, [target.id]));
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ shard: target.shard, day: target.day, seq: 3, reason: 'seq-gap' }],
    });
  });

  it('detects a record removed from the end of a chain through its head', async () => {
    const last = records.filter((r) => r.day === '2026-03-02').sort((a, b) => b.seq - a.seq)[0]!;
    await asSuperuser(db, (sql) => sql.query(`DELETE FROM core.audit_log WHERE id = $1`, [last.id]));
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ shard: last.shard, day: last.day, seq: last.seq - 1, reason: 'head-mismatch' }],
    });
  });

  it('detects a rewritten hash through the next record’s link', async () => {
    const target = middleOf('2026-03-02');
    await asSuperuser(db, (sql) =>
      sql.query(`UPDATE core.audit_log SET hash = repeat('a', 64) WHERE id = $1`, [target.id]),
    );
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [
        { id: target.id, reason: 'hash-mismatch' },
        { shard: target.shard, seq: 3, reason: 'prev-hash-mismatch' },
      ],
    });
  });

  it('detects a chain whose head was removed, and a head left without its records', async () => {
    const day = '2026-03-01';
    const shard = records.find((r) => r.day === day)!.shard;
    await asSuperuser(db, (sql) =>
      sql.query(`DELETE FROM core.audit_heads WHERE shard = $1 AND day = $2`, [shard, day]),
    );
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ shard, day, reason: 'missing-head' }],
    });

    const other = records.find((r) => r.day === '2026-03-04')!;
    await asSuperuser(db, async (sql) => {
      await sql.query(
        `INSERT INTO core.audit_heads SELECT $1, $2, max(seq), '', '' FROM core.audit_log WHERE shard = $1 AND day = $2`,
        [shard, day],
      );
      await sql.query(
        `UPDATE core.audit_heads h SET prev_hash = l.prev_hash, hash = l.hash FROM core.audit_log l
                        WHERE (l.shard, l.day, l.seq) = (h.shard, h.day, h.seq) AND h.shard = $1 AND h.day = $2`,
        [shard, day],
      );
      await sql.query(`DELETE FROM core.audit_log WHERE shard = $1 AND day = $2`, [other.shard, other.day]);
    });
    await expect(verifyAuditLog(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ id: null, shard: other.shard, day: other.day, reason: 'head-without-rows' }],
    });
  });

  it('does not mistake writes during the walk for breaks', async () => {
    const writer = new AuditWriter({ shards: 3, clock: { now: () => new Date('2026-03-04T20:00:00.000Z') } });
    const writing = Promise.all(
      Array.from({ length: 50 }, () => writer.record(db, { actorId: 'a2', action: 'x', outcome: 'success' })),
    );
    const result = await verifyAuditLog(db, { batchSize: 3 });
    await writing;
    expect(result.ok).toBe(true);
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 80 });
  });
});
