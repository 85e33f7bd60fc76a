import fc from 'fast-check';
import type { MikroOrmDatabase } from '../database/mikro-orm-database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { AUDIT_OUTCOMES, type AuditEntry } from './audit-entry';
import { auditMigrations } from './audit.migrations';
import { auditText } from './audit-values';
import { AuditWriter } from './audit-writer';
import { verifyAuditLog } from './verify-audit-log';

/**
 * Any caller, even one with no role, decides some of the strings an audit record holds (ids in a refused request,
 * the correlation id header). Such strings must never make the chain unverifiable: the record is stored and hashed
 * in the same, normalised form.
 */
describe('audit records of strings PostgreSQL cannot store as given', () => {
  let testDb: MigratedTestDatabase;
  let db: MikroOrmDatabase;

  beforeEach(async () => {
    testDb = await openMigratedTestDatabase(auditMigrations, 4);
    db = testDb.db;
  });

  afterEach(async () => {
    await testDb?.close();
  });

  it('records a lone surrogate, a NUL and a megabyte id as stored, and the chain still verifies', async () => {
    const writer = new AuditWriter({ shards: 1 });
    const hostile = ['x\ud800', 'a\u0000b', '\udfff', 'p'.repeat(1_000_000)];
    await writer.record(db, {
      actorId: 'x\ud800',
      action: 'ehr.CreateNote\u0000',
      patientIds: hostile,
      outcome: 'denied',
      source: '\ud800',
      correlationId: 'c\u0000',
      details: { patientId: 'x\ud800', ['k\udc00']: ['\u0000'] },
    });
    await writer.recordMany(
      db,
      hostile.map((id) => ({ actorId: null, action: 'ehr.GetChart', patientIds: [id], outcome: 'invalid' as const })),
    );
    await expect(verifyAuditLog(db)).resolves.toEqual({ ok: true, checked: 5 });
    const [first] = await db.query<{ patient_ids: string[]; details: unknown; action: string }>(
      `SELECT patient_ids, details, action FROM core.audit_log ORDER BY id LIMIT 1`,
    );
    expect(first).toEqual({
      patient_ids: hostile.map(auditText),
      action: 'ehr.CreateNote\ufffd',
      details: { patientId: 'x\ufffd', ['k\ufffd']: ['\ufffd'] },
    });
  });

  it('verifies after any sequence of records made of arbitrary strings, one at a time and in batches', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
    );
    const entry = fc.record({
      actorId: fc.option(anyText, { nil: null }),
      action: anyText.filter((action) => action !== ''),
      patientIds: fc.array(
        anyText.filter((id) => id !== ''),
        { maxLength: 3 },
      ),
      outcome: fc.constantFrom(...AUDIT_OUTCOMES),
      source: fc.option(anyText, { nil: null }),
      correlationId: fc.option(anyText, { nil: null }),
      details: fc.dictionary(anyText, fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), {
        maxKeys: 3,
      }),
    });
    const step = fc.oneof(
      entry.map((one) => [one]),
      fc.array(entry, { minLength: 1, maxLength: 4 }),
    );
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const writer = new AuditWriter({ shards: 2 });
        for (const records of steps) {
          const entries: AuditEntry[] = records;
          if (entries.length === 1 && entries[0]) await writer.record(db, entries[0]);
          else await writer.recordMany(db, entries);
          written += entries.length;
        }
        const result = await verifyAuditLog(db);
        expect(result).toEqual({ ok: true, checked: written });
      }),
      { numRuns: 60 },
    );
  });
});
