import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { auditSearchQuery, type AuditFilter } from './audit-records';

const RECORDS = 200_000;
const CHUNK = 10_000;
const PATIENT = '00000000-0000-4000-8000-000000000042';
const ACTOR = '00000000-0000-4000-8000-0000000000a7';

let database: TestDatabase;
let kernel: Kernel;

/** The plan's index scans (names of the indexes used), from EXPLAIN's JSON. */
async function indexesUsed(filter: AuditFilter, after?: string): Promise<string[]> {
  const query = auditSearchQuery(filter, { limit: 50, ...(after === undefined ? {} : { after }) });
  const [row] = await kernel.db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${query.text}`, query.params);
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const plan = node as Record<string, unknown>;
    if (typeof plan['Index Name'] === 'string') names.push(plan['Index Name']);
    for (const value of Object.values(plan)) (Array.isArray(value) ? value : [value]).forEach(walk);
  };
  walk(row?.['QUERY PLAN']);
  return names;
}

/**
 * The viewer's searches on a log of 200,000 records use the log's indexes instead of reading it whole: the patient
 * GIN index, (actor_id, at), and the viewer's own (at, id) and emergency-access indexes. The rows are inserted
 * directly (not through the writer): this measures plans, not the chain.
 */
beforeAll(async () => {
  database = await createTestDatabase('hms_audit_plans');
  kernel = await bootKernel({ installed: [], selection: 'all', database: { kind: 'server', url: database.url } });
  // In chunks, each its own short transaction: one long insert would hold back every reader of the event store that
  // waits for the cluster's oldest transaction (other test files share this PostgreSQL server).
  for (let from = 1; from <= RECORDS; from += CHUNK) {
    await insertRecords(from, Math.min(from + CHUNK - 1, RECORDS));
  }
  await kernel.db.query('ANALYZE core.audit_log');
}, 120_000);

async function insertRecords(from: number, to: number): Promise<void> {
  await kernel.db.query(
    `INSERT INTO core.audit_log (shard, day, seq, at, actor_id, action, patient_ids, outcome, details, prev_hash, hash)
     SELECT 9, '2026-01-01', g, timestamptz '2026-01-01' + g * interval '10 seconds',
            CASE WHEN g % 500 = 0 THEN $2 ELSE 'a-' || (g % 300) END,
            CASE WHEN g % 2 = 0 THEN 'ehr.GetChart' ELSE 'patient.GetPatient' END,
            ARRAY[CASE WHEN g % 1000 = 0 THEN $1 ELSE 'p-' || (g % 20000) END],
            CASE WHEN g % 97 = 0 THEN 'denied' ELSE 'success' END,
            CASE WHEN g % 5000 = 0 THEN '{"access":"break-glass"}'::jsonb ELSE '{}'::jsonb END,
            'x', 'y'
       FROM generate_series($3::int, $4::int) AS g`,
    [PATIENT, ACTOR, from, to],
  );
}

afterAll(async () => {
  await kernel?.close();
  await database?.drop();
});

it('uses the patient GIN index for a patient, (actor_id, at) for an actor, (at, id) for a period', async () => {
  expect(await indexesUsed({ patientId: PATIENT })).toContain('audit_log_patient_ids_idx');
  expect(await indexesUsed({ actorId: ACTOR })).toContain('audit_log_actor_at_idx');
  expect(await indexesUsed({ from: '2026-01-10T00:00:00Z', to: '2026-01-11T00:00:00Z' })).toContain('audit_log_at_idx');
  expect(await indexesUsed({})).toContain('audit_log_at_idx');
  expect(await indexesUsed({ outcome: 'denied' })).toContain('audit_log_at_idx');
});

it('reads emergency accesses from their own partial index', async () => {
  expect(await indexesUsed({ emergencyOnly: true })).toContain('audit_log_break_glass_idx');
});
