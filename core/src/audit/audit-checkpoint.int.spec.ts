import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { auditPayload, chainHash } from './audit-entry';
import { auditMigrations } from './audit.migrations';
import { AuditWriter } from './audit-writer';
import { sealAuditCheckpoint } from './audit-checkpoint';
import { verifyAuditCheckpoints } from './verify-audit-checkpoints';
import { verifyAuditLog } from './verify-audit-log';

describe(sealAuditCheckpoint.name, () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;
  const writer = new AuditWriter({ shards: 2 });
  const entry = { actorId: 'a1', action: 'patient.GetPatient', patientIds: ['p1'], outcome: 'success' } as const;

  beforeEach(async () => {
    testDb = await openMigratedTestDatabase(auditMigrations);
    db = testDb.db;
  });

  afterEach(async () => {
    await testDb?.close();
  });

  it('seals the heads that moved since the last checkpoint, in a chain of checkpoints', async () => {
    await expect(sealAuditCheckpoint(db)).resolves.toBeNull();
    for (let i = 0; i < 10; i++) await writer.record(db, entry);
    const first = await sealAuditCheckpoint(db);
    expect(first).toMatchObject({ headsDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(first?.heads).toBeGreaterThanOrEqual(1);
    await expect(sealAuditCheckpoint(db)).resolves.toBeNull();
    await new AuditWriter({ shards: 1 }).record(db, entry);
    await expect(sealAuditCheckpoint(db)).resolves.toMatchObject({ heads: 1 });
    await expect(verifyAuditCheckpoints(db)).resolves.toMatchObject({ ok: true, checked: 2 });
  });

  it('serialises concurrent sealers', async () => {
    for (let i = 0; i < 10; i++) await writer.record(db, entry);
    const sealed = await Promise.all([sealAuditCheckpoint(db), sealAuditCheckpoint(db), sealAuditCheckpoint(db)]);
    expect(sealed.filter((checkpoint) => checkpoint !== null)).toHaveLength(1);
    await expect(verifyAuditCheckpoints(db)).resolves.toMatchObject({ ok: true, checked: 1 });
  });

  it('catches a chain rewritten with recomputed hashes, which the chain alone cannot', async () => {
    const records = [];
    for (let i = 0; i < 4; i++) records.push(await new AuditWriter({ shards: 1 }).record(db, entry));
    await sealAuditCheckpoint(db);
    const last = records[3]!;
    await db.transaction(async (sql) => {
      await sql.query(`ALTER TABLE core.audit_log DISABLE TRIGGER ALL`);
      await sql.query(`ALTER TABLE core.audit_heads DISABLE TRIGGER ALL`);
      const [row] = await sql.query<{ at: Date; prev_hash: string }>(
        `SELECT at, prev_hash FROM core.audit_log WHERE id = $1`,
        [last.id],
      );
      const payload = auditPayload({
        shard: last.shard,
        day: last.day,
        at: row!.at,
        actorId: 'a1',
        action: 'patient.ListPatients',
        patientIds: ['p1'],
        outcome: 'success',
        source: null,
        correlationId: null,
        details: {},
      });
      const hash = chainHash(row!.prev_hash, payload);
      await sql.query(`UPDATE core.audit_log SET action = 'patient.ListPatients', hash = $2 WHERE id = $1`, [
        last.id,
        hash,
      ]);
      await sql.query(`UPDATE core.audit_heads SET hash = $1`, [hash]);
      await sql.query(`ALTER TABLE core.audit_log ENABLE TRIGGER ALL`);
      await sql.query(`ALTER TABLE core.audit_heads ENABLE TRIGGER ALL`);
    });
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 4 });
    await expect(verifyAuditCheckpoints(db)).resolves.toMatchObject({
      ok: false,
      breaks: [{ reason: 'record-mismatch', head: { shard: last.shard, day: last.day, seq: 4 } }],
    });
  });

  it('catches a checkpoint removed from its chain', async () => {
    for (let round = 0; round < 3; round++) {
      await new AuditWriter({ shards: 1 }).record(db, entry);
      await sealAuditCheckpoint(db);
    }
    await db.transaction(async (sql) => {
      await sql.query(`ALTER TABLE core.audit_checkpoints DISABLE TRIGGER USER`);
      await sql.query(`ALTER TABLE core.audit_checkpoint_heads DISABLE TRIGGER USER`);
      await sql.query(`DELETE FROM core.audit_checkpoint_heads WHERE checkpoint_id = 2`);
      await sql.query(`DELETE FROM core.audit_checkpoints WHERE id = 2`);
      await sql.query(`ALTER TABLE core.audit_checkpoints ENABLE TRIGGER USER`);
      await sql.query(`ALTER TABLE core.audit_checkpoint_heads ENABLE TRIGGER USER`);
    });
    await expect(verifyAuditCheckpoints(db)).resolves.toMatchObject({
      ok: false,
      checked: 2,
      breaks: [{ checkpointId: '3', reason: 'prev-digest-mismatch' }],
    });
  });
});
