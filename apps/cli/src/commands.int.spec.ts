import { randomUUID } from 'node:crypto';
import { bootKernel, loadConfig, systemActor, type HmsConfig } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { rebuildProjection, seed, verifyAudit } from './commands';

describe('hms commands', () => {
  let database: TestDatabase;
  let config: HmsConfig;
  const lines: string[] = [];
  const out = (line: string): void => void lines.push(line);

  beforeAll(async () => {
    database = await createTestDatabase();
    config = loadConfig({ DATABASE_URL: database.url, HMS_LOG_LEVEL: 'silent' });
    const kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection: 'all',
      database: { kind: 'server', url: database.url },
    });
    try {
      for (let i = 0; i < 12; i++) {
        await kernel.execute({
          type: RegisterPatient.type,
          actor: systemActor(),
          correlationId: randomUUID(),
          source: null,
          data: {
            givenName: `Test${i}`,
            familyName: `Example${i % 3}`,
            birthDate: `1980-01-${String(i + 1).padStart(2, '0')}`,
            gender: 'unknown',
          },
        });
      }
    } finally {
      await kernel.close();
    }
  });
  afterAll(async () => database?.drop());

  const query = async <T extends object>(text: string): Promise<T[]> => {
    const kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection: 'all',
      database: { kind: 'server', url: database.url },
    });
    try {
      return await kernel.db.query<T>(text);
    } finally {
      await kernel.close();
    }
  };
  const directory = (): Promise<unknown[]> => query('SELECT * FROM patient.directory ORDER BY id');
  const count = async (text: string): Promise<number[]> => (await query<{ n: string }>(text)).map((r) => Number(r.n));

  it('projections rebuild gives the same read model from zero', async () => {
    const before = await directory();
    expect(before).toHaveLength(12);
    expect(await rebuildProjection(config, { name: 'patient.directory' }, out)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Rebuilt patient.directory from 12 events/);
    expect(await directory()).toEqual(before);
  });

  it('seed registers fictional patients through the command bus', async () => {
    expect(await seed(config, { size: 5 }, out)).toBe(0);
    // The EHR's seed gives a few of them demo charts.
    expect(lines).toEqual(expect.arrayContaining(['patient: created 5', 'ehr: created 5']));
    expect(await directory()).toHaveLength(17);
    expect(await count('SELECT count(*) AS n FROM ehr.charts')).toEqual([5]);
  });

  it('seed stocks the demo stores: items in lots, something low, something on order', async () => {
    expect(lines).toContainEqual('inventory: created 7');
    expect(await count('SELECT count(*) AS n FROM inventory.items')).toEqual([7]);
    expect(
      (await count('SELECT count(*) AS n FROM inventory.stock_levels WHERE low_since IS NOT NULL'))[0],
    ).toBeGreaterThan(0);
    expect(
      (await count("SELECT count(*) AS n FROM inventory.purchase_orders WHERE status = 'open'"))[0],
    ).toBeGreaterThan(0);
    // The projection's lots add up to the levels.
    expect(
      await count(`SELECT count(*) AS n FROM inventory.stock_levels s
      WHERE s.on_hand <> (SELECT coalesce(sum(quantity), 0) FROM inventory.stock_lots l WHERE l.item_id = s.item_id AND l.location_id = s.location_id)`),
    ).toEqual([0]);
  });

  it('seed also gives practitioners schedules and a past and a future of appointments', async () => {
    expect(lines).toContainEqual(expect.stringMatching(/^scheduling: schedules: 5 practitioners, appointments from/));
    const [schedules] = await count(
      "SELECT count(*) AS n FROM core.events WHERE event_type = 'patient.ScheduleDefined'",
    );
    expect(schedules).toBe(5);
    const statuses = await query<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM scheduling.appointments GROUP BY status',
    );
    // A week for a small hospital: three days behind (over: completed, no-shows, cancelled), four ahead (booked).
    expect(statuses.map((s) => s.status)).toContain('booked');
    expect(statuses.map((s) => s.status)).toContain('completed');
    const booked = statuses.reduce((sum, s) => sum + Number(s.n), 0);
    expect(booked).toBeGreaterThan(5 * 5 * 10); // ~17 a day each, 5 weekdays in any 7 days
    const [overlaps] = await count(`SELECT count(*) AS n FROM scheduling.appointments a JOIN scheduling.appointments b
      ON a.practitioner_id = b.practitioner_id AND a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
      AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at`);
    expect(overlaps).toBe(0);
  });

  it('projections rebuild of an unknown name fails naming the known ones', async () => {
    await expect(rebuildProjection(config, { name: 'patient.nope' }, out)).rejects.toThrow('known: patient.directory');
  });

  it('audit verify passes on an intact log, and after tampering lists the broken record and still checks the checkpoints', async () => {
    // 17 registrations, and the seeded appointments' bookings and steps, some on past days' chains.
    const [records] = await count('SELECT count(*) AS n FROM core.audit_log');
    expect(records).toBeGreaterThan(17);
    lines.length = 0;
    expect(await verifyAudit(config, out)).toBe(0);
    expect(lines).toEqual([
      `Audit log intact: ${records} records verified.`,
      'Audit checkpoints match: 0 checkpoints.',
    ]);
    const kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection: 'all',
      database: { kind: 'server', url: database.url },
    });
    let tampered: string | undefined;
    try {
      // Only a superuser can do this, and only by switching the append-only triggers off.
      await kernel.db.transaction(async (sql) => {
        await sql.query('ALTER TABLE core.audit_log DISABLE TRIGGER USER');
        const [row] = await sql.query<{ id: string }>(`UPDATE core.audit_log SET actor_id = 'someone-else'
          WHERE id = (SELECT id FROM core.audit_log ORDER BY id OFFSET 5 LIMIT 1) RETURNING id`);
        tampered = row?.id;
        await sql.query('ALTER TABLE core.audit_log ENABLE TRIGGER USER');
      });
    } finally {
      await kernel.close();
    }
    lines.length = 0;
    expect(await verifyAudit(config, out)).toBe(1);
    expect(lines[0]).toBe(`Audit log BROKEN: 1 broken link in ${records} records.`);
    expect(lines[1]).toMatch(
      new RegExp(`^  record ${tampered} \\(shard \\d+, day [0-9-]+, seq \\d+\\): hash-mismatch$`),
    );
    expect(lines.slice(2)).toEqual(['Audit checkpoints match: 0 checkpoints.']);
  });
});
