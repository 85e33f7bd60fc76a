import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { auditMigrations } from './audit.migrations';
import { AuditWriter } from './audit-writer';
import { sealAuditCheckpoint } from './audit-checkpoint';

describe('the audit trail is append-only in the database', () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;

  beforeAll(async () => {
    testDb = await openMigratedTestDatabase(auditMigrations);
    db = testDb.db;
    const writer = new AuditWriter({ shards: 1 });
    for (let i = 0; i < 3; i++) {
      await writer.record(db, { actorId: 'a1', action: 'patient.GetPatient', patientIds: ['p1'], outcome: 'success' });
    }
    await sealAuditCheckpoint(db);
  });

  afterAll(async () => {
    await testDb?.close();
  });

  it.each([
    ['UPDATE', `UPDATE core.audit_log SET action = 'nothing.happened'`],
    ['DELETE', `DELETE FROM core.audit_log WHERE seq = 2`],
    ['TRUNCATE', `TRUNCATE core.audit_log`],
    ['TRUNCATE ... CASCADE', `TRUNCATE core.audit_log CASCADE`],
  ])('refuses %s on core.audit_log, even to its owner', async (_, statement) => {
    await expect(db.query(statement)).rejects.toMatchObject({
      code: '42501',
      message: expect.stringMatching(/append-only/),
    });
    expect(await db.query(`SELECT seq FROM core.audit_log ORDER BY seq`)).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });

  it.each([
    ['a rewind', `UPDATE core.audit_heads SET seq = 1`],
    ['a rewrite', `UPDATE core.audit_heads SET hash = repeat('f', 64)`],
    ['a skip', `UPDATE core.audit_heads SET seq = seq + 2`],
    ['a delete', `DELETE FROM core.audit_heads`],
    ['a truncate', `TRUNCATE core.audit_heads`],
  ])('refuses %s of a chain head', async (_, statement) => {
    await expect(db.query(statement)).rejects.toMatchObject({ code: '42501' });
  });

  it.each([
    `UPDATE core.audit_checkpoints SET heads_digest = 'x'`,
    `DELETE FROM core.audit_checkpoints`,
    `UPDATE core.audit_checkpoint_heads SET hash = 'x'`,
    `DELETE FROM core.audit_checkpoint_heads`,
    `TRUNCATE core.audit_checkpoints, core.audit_checkpoint_heads`,
  ])('refuses %s', async (statement) => {
    await expect(db.query(statement)).rejects.toMatchObject({ code: '42501' });
  });
});
