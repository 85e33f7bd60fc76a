import { randomUUID } from 'node:crypto';
import { defineCareRelationship, defineClinicianIdentity, type Sql, type SqlParam } from '@hms/sdk';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { authMigrations } from '../auth/auth.migrations';
import { FakeClock } from '../clock/clock';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { accessMigrations } from './access.migrations';
import { CareAccess } from './care-access';

/** A plugin's facts, in a table of the test's own: who cares for whom. */
const statementSource = defineCareRelationship({
  name: 'ward.rota',
  description: 'On the rota for the patient',
  statement: `SELECT patient_id FROM test_care.rota
               WHERE patient_id = ANY($patients) AND clinician_id = ANY($clinicians) AND until > $now`,
});
/** A vendor's source written as a function: asked after the statement, only for patients still open. */
const findSource = defineCareRelationship({
  name: 'vendor.referral',
  description: 'Referred to the clinician',
  async find({ clinicianIds, patientIds, sql }) {
    const rows = await sql.query<{ patient_id: string }>(
      `SELECT patient_id FROM test_care.referrals WHERE patient_id = ANY($1::text[]) AND clinician_id = ANY($2::text[])`,
      [[...patientIds], [...clinicianIds]],
    );
    return rows.map((row) => row.patient_id);
  },
});
const statementIdentity = defineClinicianIdentity({
  name: 'staff.employee',
  statement: `SELECT employee_id AS id FROM test_care.employees WHERE account_id = $account`,
});
const findIdentity = defineClinicianIdentity({
  name: 'vendor.badge',
  async find({ accountId, sql }) {
    const rows = await sql.query<{ id: string }>(`SELECT badge AS id FROM test_care.badges WHERE account_id = $1`, [
      accountId,
    ]);
    return rows.map((row) => row.id);
  },
});

/** Counts the statements a check sends, to show the statement sources cost one round trip together. */
function counting(sql: Sql): Sql & { count: number } {
  const counted = {
    count: 0,
    query<R>(text: string, params?: readonly SqlParam[]) {
      counted.count++;
      return sql.query<R>(text, params);
    },
  };
  return counted as Sql & { count: number };
}

describe('CareAccess', () => {
  let database: MigratedTestDatabase;
  const clock = new FakeClock('2026-03-02T10:00:00.000Z');
  const accountId = randomUUID();
  const actor = new AuthenticatedActor(accountId, 'nurse', 'Nurse', new Set(['ehr:chart:read']));
  const onRota = randomUUID();
  const referred = randomUUID();
  const badgeReferred = randomUUID();
  const granted = randomUUID();
  const emergency = randomUUID();
  const nobody = randomUUID();

  beforeAll(async () => {
    database = await openMigratedTestDatabase([...authMigrations, ...accessMigrations], 4);
    const db = database.db;
    await db.query(
      `INSERT INTO core.accounts (id, username, password_hash, display_name) VALUES ($1, 'nurse', 'x', 'N')`,
      [accountId],
    );
    await db.query(`CREATE SCHEMA test_care`);
    await db.query(`CREATE TABLE test_care.rota (patient_id text, clinician_id text, until timestamptz)`);
    await db.query(`CREATE TABLE test_care.referrals (patient_id text, clinician_id text)`);
    await db.query(`CREATE TABLE test_care.employees (account_id text, employee_id text)`);
    await db.query(`CREATE TABLE test_care.badges (account_id text, badge text)`);
    await db.query(`INSERT INTO test_care.employees VALUES ($1, 'emp-7')`, [accountId]);
    await db.query(`INSERT INTO test_care.badges VALUES ($1, 'badge-9')`, [accountId]);
    // On the rota by employee id (found by the statement identity), until tomorrow; an expired rota relates no one.
    await db.query(
      `INSERT INTO test_care.rota VALUES ($1, 'emp-7', '2026-03-03T00:00:00Z'), ($2, 'emp-7', '2026-03-01T00:00:00Z')`,
      [onRota, nobody],
    );
    await db.query(`INSERT INTO test_care.referrals VALUES ($1, 'emp-7'), ($2, 'badge-9'), ($3, 'emp-7')`, [
      referred,
      badgeReferred,
      onRota,
    ]);
    await db.query(
      `INSERT INTO core.care_grants (id, patient_id, account_id, granted_by, reason, starts_at, ends_at)
       VALUES ($1, $2, $3, 'doctor', 'cover', '2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z')`,
      [randomUUID(), granted, accountId],
    );
    await db.query(
      `INSERT INTO core.emergency_accesses (id, patient_id, account_id, reason, started_at, ends_at)
       VALUES ($1, $2, $3, 'collapsed in the corridor', '2026-03-02T09:30:00Z', '2026-03-02T10:30:00Z'),
              ($4, $5, $3, 'collapsed in the corridor', '2026-03-02T09:30:00Z', '2026-03-02T10:30:00Z')`,
      [randomUUID(), emergency, accountId, randomUUID(), granted],
    );
  });
  afterAll(async () => database?.close());

  const care = (sources = [statementSource, findSource], identities = [statementIdentity, findIdentity]) =>
    new CareAccess({ policy: 'care-relationship', clock, sources, identities });

  it('finds each ground: grant before relationships, relationships in order, break-the-glass only when nothing else', async () => {
    const bases = await care().basesFor(
      actor,
      [onRota, referred, badgeReferred, granted, emergency, nobody],
      database.db,
    );
    expect(Object.fromEntries(bases)).toEqual({
      [onRota]: 'relationship:ward.rota',
      [referred]: 'relationship:vendor.referral',
      [badgeReferred]: 'relationship:vendor.referral',
      [granted]: 'grant',
      [emergency]: 'break-glass',
    });
  });

  it('asks every statement source and identity, and the kernel grounds, in one statement', async () => {
    const sql = counting(database.db);
    const bases = await care([statementSource], [statementIdentity]).basesFor(actor, [onRota, nobody], sql);
    expect(Object.fromEntries(bases)).toEqual({ [onRota]: 'relationship:ward.rota' });
    expect(sql.count).toBe(1);
  });

  it('asks function sources only for the patients the statement left open', async () => {
    const sql = counting(database.db);
    await care([statementSource, findSource], [statementIdentity]).basesFor(actor, [onRota], sql);
    expect(sql.count).toBe(1);
  });

  it('refuses a patient out of reach with the code the client offers the emergency access on', async () => {
    await expect(care().require(actor, [nobody], database.db)).rejects.toMatchObject({
      code: 'CARE_RELATIONSHIP_REQUIRED',
      details: { patientId: nobody, emergencyAccess: true },
    });
  });

  it('runs a statement source on its own through the find the SDK derives from it (the test kit, a plugin)', async () => {
    expect(
      await statementSource.find({
        clinicianIds: ['emp-7'],
        patientIds: [onRota, nobody],
        now: clock.now().toISOString(),
        sql: database.db,
      }),
    ).toEqual([onRota]);
    expect(await statementIdentity.find({ accountId, sql: database.db })).toEqual(['emp-7']);
  });
});
