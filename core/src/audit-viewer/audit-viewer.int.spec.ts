import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REDIS_URL } from '../../test/job-support';
import { createApiApp } from '../app/create-api-app';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import type { AuditEntry } from '../audit/audit-entry';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { AuditViewerController } from './audit-viewer.controller';

const PASSWORD = 'correct horse battery staple';
const P1 = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const P2 = '7a2b3c4d-5e6f-4a70-8b81-92a3b4c5d6e7';
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

interface Page {
  items: {
    id: string;
    at: string;
    actorId: string | null;
    actorName: string | null;
    action: string;
    outcome: string;
    patientIds: string[];
    emergency: boolean;
  }[];
  nextCursor?: string;
}

async function call(url: string, user?: string) {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });
  const json = response.headers['content-type']?.toString().includes('json') ? response.json() : undefined;
  return {
    status: response.statusCode,
    body: json as Page & Record<string, unknown>,
    text: response.body,
    headers: response.headers,
  };
}
const search = async (query: string, user = 'privacy'): Promise<Page> => {
  const { status, body } = await call(`/api/audit/records?${query}`, user);
  expect(status).toBe(200);
  return body;
};
const audit = (entry: Omit<AuditEntry, 'outcome'> & { outcome?: AuditEntry['outcome'] }) =>
  kernel.audit.record(kernel.db, { outcome: 'success', ...entry });
const auditRecordsOf = (action: string) =>
  kernel.db.query<{
    actor_id: string | null;
    outcome: string;
    patient_ids: string[];
    details: Record<string, unknown>;
  }>('SELECT actor_id, outcome, patient_ids, details FROM core.audit_log WHERE action = $1 ORDER BY id', [action]);

beforeAll(async () => {
  database = await createTestDatabase('hms_audit_viewer');
  kernel = await bootKernel({
    installed: [],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 4,
  });
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  const accounts = new AccountService(kernel.db);
  await accounts.upsertRole('ward-nurse', 'No audit access', []);
  for (const [username, displayName, roles] of [
    ['privacy', 'Paula Privacy', ['privacy-officer']],
    ['dr.lima', 'Dr Ana Lima', ['ward-nurse']],
    ['nurse', 'Nuno Nurse', ['ward-nurse']],
  ] as const) {
    ids[username] = (await accounts.createAccount({ username, password: PASSWORD, displayName, roles: [...roles] })).id;
  }
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    trustProxy: false,
    version: 'test',
  });
  for (const username of ['privacy', 'nurse']) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    tokens[username] = (response.json() as { token: string }).token;
  }
  // The history the viewer reads, written by the real audit writer (hash chain and all).
  await audit({ at: at(0), actorId: ids['dr.lima']!, action: 'memo.ReadMemo', patientIds: [P1] });
  await audit({ at: at(1), actorId: ids.nurse!, action: 'memo.WriteMemo', patientIds: [P1], outcome: 'denied' });
  await audit({
    at: at(2),
    actorId: ids['dr.lima']!,
    action: 'memo.ReadMemo',
    patientIds: [P2],
    details: { access: 'break-glass' },
  });
  await audit({
    at: at(3),
    actorId: ids['dr.lima']!,
    action: 'memo.ReadChart',
    patientIds: [P1],
    details: { access: 'break-glass' },
  });
  await audit({ at: at(4), actorId: null, action: 'memo.ReadMemo', patientIds: [P1], outcome: 'unauthenticated' });
  await audit({ at: at(5), actorId: 'system', action: 'memo.Reindex', patientIds: [P1, P2] });
  // Two records at the very same instant: paging must neither repeat nor skip one of them.
  await audit({ at: at(6), actorId: ids.nurse!, action: 'memo.ReadMemo', patientIds: [P1] });
  await audit({ at: at(6), actorId: ids.nurse!, action: 'memo.ReadChart', patientIds: [P1] });
});

afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
});

describe(AuditViewerController.name, () => {
  it('refuses anyone without core:audit:read (403) and the signed-out (401), as problems, and records both', async () => {
    const refused = await call(`/api/audit/records?patientId=${P1}`, 'nurse');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'PERMISSION_REQUIRED' });
    expect((await call(`/api/audit/patients/${P1}/access-history`, 'nurse')).status).toBe(403);
    expect((await call(`/api/audit/records`)).status).toBe(401);
    expect((await auditRecordsOf('core.SearchAuditLog')).map((r) => [r.actor_id, r.outcome])).toEqual([
      [ids.nurse, 'denied'],
      [null, 'unauthenticated'],
    ]);
    expect((await auditRecordsOf('core.ExportPatientAccessHistory')).map((r) => r.outcome)).toEqual(['denied']);
  });

  it("finds a patient's records newest first, each with the actor's display name, and records the search", async () => {
    const page = await search(`patientId=${P1}`);
    const shown = page.items.map((r) => [r.action, r.actorName, r.outcome]);
    // The two records of 09:06 share their instant: the id decides, so either may come first.
    expect(shown.slice(0, 2).sort()).toEqual([
      ['memo.ReadChart', 'Nuno Nurse', 'success'],
      ['memo.ReadMemo', 'Nuno Nurse', 'success'],
    ]);
    expect(shown.slice(2)).toEqual([
      ['memo.Reindex', null, 'success'],
      ['memo.ReadMemo', null, 'unauthenticated'],
      ['memo.ReadChart', 'Dr Ana Lima', 'success'],
      ['memo.WriteMemo', 'Nuno Nurse', 'denied'],
      ['memo.ReadMemo', 'Dr Ana Lima', 'success'],
    ]);
    expect(page.nextCursor).toBeUndefined();
    expect(page.items.every((r) => r.patientIds.includes(P1))).toBe(true);
    const [read] = (await auditRecordsOf('core.SearchAuditLog')).filter((r) => r.outcome === 'success');
    expect(read).toMatchObject({ actor_id: ids.privacy, patient_ids: [P1] });
  });

  it('filters by actor (username or account id), time range, action, outcome and emergency access', async () => {
    const actions = async (query: string) =>
      (await search(query)).items.map((r) => `${r.action}@${r.at.slice(11, 16)}`);
    expect(await actions('actor=DR.LIMA')).toEqual([
      'memo.ReadChart@09:03',
      'memo.ReadMemo@09:02',
      'memo.ReadMemo@09:00',
    ]);
    expect(await actions(`actor=${ids['dr.lima']}&patientId=${P1}`)).toEqual([
      'memo.ReadChart@09:03',
      'memo.ReadMemo@09:00',
    ]);
    expect(await actions('actor=system')).toEqual(['memo.Reindex@09:05']);
    expect(await actions('actor=nobody-of-that-name')).toEqual([]);
    expect(await actions('from=2026-03-01T09:02:00Z&to=2026-03-01T09:04:00Z')).toEqual([
      'memo.ReadChart@09:03',
      'memo.ReadMemo@09:02',
    ]);
    expect(await actions(`action=memo.ReadChart&patientId=${P1}`)).toEqual([
      'memo.ReadChart@09:06',
      'memo.ReadChart@09:03',
    ]);
    expect(await actions('action=memo.Write*')).toEqual(['memo.WriteMemo@09:01']);
    expect(await actions('outcome=denied&action=memo.*')).toEqual(['memo.WriteMemo@09:01']);
    const emergency = await search('emergencyOnly=true');
    expect(emergency.items.map((r) => [r.patientIds, r.emergency])).toEqual([
      [[P1], true],
      [[P2], true],
    ]);
  });

  it('pages by keyset: every record once, in order, while newer records arrive between pages', async () => {
    // memo.* leaves out the searches' own audit records (each search names P1 too).
    const query = `patientId=${P1}&action=memo.*`;
    const all = (await search(`${query}&limit=200`)).items.map((r) => r.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await search(`${query}&limit=2${after ? `&after=${after}` : ''}`);
      seen.push(...page.items.map((r) => r.id));
      // Newer than every page boundary: it moves nothing (it will head the next first page).
      await audit({ actorId: ids.nurse!, action: 'memo.ReadMemo', patientIds: [P1] });
      if (page.nextCursor === undefined) break;
      after = page.nextCursor;
    }
    expect(all).toHaveLength(7);
    expect(seen).toEqual(all);
  });

  it('answers bad input with a 400 problem, records it, and reads nothing', async () => {
    const before = (await auditRecordsOf('core.SearchAuditLog')).length;
    for (const query of [
      'patientId=not-a-uuid',
      'limit=0',
      'limit=100000',
      'outcome=maybe',
      'from=yesterday',
      'after=bm90LWEtY3Vyc29y',
      'action=%25%27%3B',
      'unknown=1',
      `patientId=${P1}&patientId=${P2}`,
    ]) {
      const answer = await call(`/api/audit/records?${query}`, 'privacy');
      expect([query, answer.status, answer.headers['content-type']]).toEqual([
        query,
        400,
        expect.stringContaining('problem+json'),
      ]);
    }
    const export400 = await call('/api/audit/patients/not-a-uuid/access-history', 'privacy');
    expect(export400.status).toBe(400);
    expect((await call(`/api/audit/patients/${P1}/access-history?timeZone=Mars/Base`, 'privacy')).status).toBe(400);
    const invalid = (await auditRecordsOf('core.SearchAuditLog')).slice(before);
    expect(invalid.map((r) => r.outcome)).toEqual(Array(9).fill('invalid'));
  });

  it("exports a patient's access history as CSV: when in the hospital's zone, who by name, what, outcome; audited", async () => {
    const answer = await call(
      `/api/audit/patients/${P1}/access-history?from=2026-03-01T09:00:00Z&to=2026-03-01T09:05:00Z&timeZone=Europe/Lisbon`,
      'privacy',
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('text/csv');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="access-history-${P1}.csv"`);
    expect(answer.headers['cache-control']).toContain('no-store');
    expect(answer.text.split('\r\n')).toEqual([
      'When (Europe/Lisbon),Who,What,Action,Outcome,Emergency access',
      '2026-03-01 09:00:00,Dr Ana Lima,memo.ReadMemo,memo.ReadMemo,success,',
      '2026-03-01 09:01:00,Nuno Nurse,memo.WriteMemo,memo.WriteMemo,denied,',
      '2026-03-01 09:03:00,Dr Ana Lima,memo.ReadChart,memo.ReadChart,success,yes',
      '2026-03-01 09:04:00,Not signed in,memo.ReadMemo,memo.ReadMemo,unauthenticated,',
      '',
    ]);
    expect(answer.text).not.toContain(ids['dr.lima']!);
    const [exported] = (await auditRecordsOf('core.ExportPatientAccessHistory')).filter((r) => r.outcome === 'success');
    expect(exported).toMatchObject({ actor_id: ids.privacy, patient_ids: [P1], details: { returned: 4 } });
  });

  it('suggests the privacy-officer role: reading the audit log and reviewing emergency accesses, nothing clinical', async () => {
    const [role] = await kernel.db.query<{ permissions: string[] }>(
      "SELECT permissions FROM core.roles WHERE name = 'privacy-officer'",
    );
    expect([...(role?.permissions ?? [])].sort()).toEqual(['core:audit:read', 'core:care:review-emergency']);
  });
});
