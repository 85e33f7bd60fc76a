import { randomUUID } from 'node:crypto';
import { EventBus } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { housekeepingPlugin } from '../../test/fixtures/housekeeping.plugin';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { readPdf } from '@hms/sdk/testing';
import { createApiApp } from '../app/create-api-app';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { ReportRunFinished } from './report-run-finished.event';
import { ReportsController } from './reports.controller';

const PASSWORD = 'correct horse battery staple';
const REPORT = 'housekeeping.minutes-per-room';
const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const finished: ReportRunFinished[] = [];

/** Known cleanings: the report's figures are computed again from these, in JS, below. */
const CLEANINGS = [
  { room: 'B-12', minutes: 30, on: '2026-01-05', note: 'Floor, walls' },
  { room: 'B-12', minutes: 45, on: '2026-01-20', note: 'Said "spotless"' },
  { room: 'A-01', minutes: 20, on: '2026-01-02', note: null },
  { room: 'A-01', minutes: 25, on: '2026-01-31', note: '=HYPERLINK("x")' },
  { room: 'A-01', minutes: 99, on: '2026-02-01', note: 'outside the period' },
  { room: 'C-07', minutes: 10, on: '2026-01-15', note: 'Two\nlines' },
  { room: 'C-07', minutes: 11, on: '2026-01-16', note: 'Café' },
  { room: 'C-07', minutes: 12, on: '2026-01-17', note: 'Last one' },
  { room: 'D-99', minutes: 50, on: '2025-12-31', note: 'before the period' },
];
const PERIOD = { from: '2026-01-01', to: '2026-01-31' };

function expectedRows(from: string, to: string) {
  const inPeriod = CLEANINGS.filter((c) => c.on >= from && c.on <= to);
  const rooms = [...new Set(inPeriod.map((c) => c.room))].sort();
  return rooms.map((room) => {
    const mine = inPeriod.filter((c) => c.room === room);
    const minutes = mine.reduce((n, c) => n + c.minutes, 0);
    const last = [...mine].sort((a, b) => b.on.localeCompare(a.on))[0]!;
    return {
      room,
      cleanings: mine.length,
      minutes,
      average: Math.round((minutes / mine.length) * 100) / 100,
      note: last.note,
    };
  });
}

async function call(method: 'GET' | 'POST', url: string, user?: string, payload?: unknown) {
  const response = await app.inject({
    method,
    url,
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const json = response.headers['content-type']?.toString().includes('json')
    ? (response.json() as Record<string, any>)
    : undefined;
  return {
    status: response.statusCode,
    body: json as Record<string, any>,
    raw: response.rawPayload,
    headers: response.headers,
  };
}

const runRow = async (id: string) =>
  (await kernel.db.query<Record<string, any>>('SELECT * FROM core.report_runs WHERE id = $1', [id]))[0];
const runCount = async () =>
  (await kernel.db.query<{ n: number }>('SELECT count(*)::int AS n FROM core.report_runs'))[0]!.n;
const queuedJobs = async () => {
  const counts = await kernel
    .jobs!.queue('housekeeping')!
    .getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
  return Object.values(counts).reduce((a, b) => a + b, 0);
};
const auditActions = async (runId: string) =>
  await kernel.db.query<{ action: string; actor_id: string }>(
    "SELECT action, actor_id FROM core.audit_log WHERE details->>'runId' = $1 ORDER BY at, seq",
    [runId],
  );
const ended = (id: string, user = 'clerk') =>
  waitFor(`run ${id} to end`, async () => {
    const { body } = await call('GET', `/api/reports/runs/${id}`, user);
    return body.status === 'completed' || body.status === 'failed' ? body : undefined;
  });

beforeAll(async () => {
  database = await createTestDatabase('hms_reports');
  kernel = await bootKernel({
    installed: [housekeepingPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 6,
    jobs: { redisUrl: REDIS_URL, prefix },
  });
  kernel.jobs!.startWorkers();
  for (const c of CLEANINGS) {
    await kernel.db.query(
      'INSERT INTO housekeeping.cleanings (room, minutes, cleaned_on, note) VALUES ($1, $2, $3, $4)',
      [c.room, c.minutes, c.on, c.note],
    );
  }
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  const accounts = new AccountService(kernel.db);
  await accounts.upsertRole('housekeeper', 'Reports on cleanings', ['housekeeping:cleanings:report']);
  await accounts.upsertRole('auditor', 'Reads every report run', ['core:reports:read-all']);
  for (const [username, roles] of [
    ['clerk', ['housekeeper']],
    ['other', ['housekeeper']],
    ['auditor', ['auditor']],
  ] as const) {
    ids[username] = (
      await accounts.createAccount({ username, password: PASSWORD, displayName: username, roles: [...roles] })
    ).id;
  }
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    trustProxy: false,
    version: 'test',
  });
  app.get(EventBus).subscribe((event) => {
    if (event instanceof ReportRunFinished) finished.push(event);
  });
  for (const username of ['admin', 'clerk', 'other', 'auditor']) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    tokens[username] = (response.json() as { token: string }).token;
  }
});

afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
  await dropPrefix(prefix);
});

describe(ReportsController.name, () => {
  it('lists the reports each account may run, with the JSON schema of their parameters and defaults', async () => {
    const { status, body } = await call('GET', '/api/reports', 'clerk');
    expect(status).toBe(200);
    expect(body.items.map((r: { name: string }) => r.name)).toEqual([REPORT, 'housekeeping.broken']);
    const [minutes] = body.items;
    expect(minutes).toEqual(
      expect.objectContaining({
        title: 'Cleaning minutes per room',
        plugin: 'housekeeping',
        description: expect.any(String),
      }),
    );
    expect(minutes.parameters.properties).toEqual(
      expect.objectContaining({
        from: expect.objectContaining({
          type: 'string',
          format: 'date',
          default: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        }),
        pauseMs: expect.objectContaining({ type: 'integer', default: 0 }),
        room: expect.objectContaining({ type: 'string' }),
      }),
    );
    expect((await call('GET', '/api/reports', 'admin')).body.items).toHaveLength(3);
    expect((await call('GET', '/api/reports', 'auditor')).body.items).toEqual([]);
    expect((await call('GET', '/api/reports')).status).toBe(401);
  });

  it('audits a report run asked for without a session, and a run read with a dead token, refusing both', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/reports/${REPORT}/runs`,
      payload: PERIOD,
      headers: { 'x-correlation-id': 'anonymous-report-run' },
    });
    expect(anonymous.statusCode).toBe(401);
    const rows = await kernel.db.query<{ action: string; outcome: string; actor_id: string | null }>(
      'SELECT action, outcome, actor_id FROM core.audit_log WHERE correlation_id = $1',
      ['anonymous-report-run'],
    );
    expect(rows).toEqual([{ action: 'core.RequestReport', outcome: 'unauthenticated', actor_id: null }]);
    const before = await runCount();
    const dead = await app.inject({
      method: 'GET',
      url: `/api/reports/runs/${randomUUID()}`,
      headers: { authorization: 'Bearer not-a-token', 'x-correlation-id': 'dead-token-read' },
    });
    expect(dead.statusCode).toBe(401);
    expect(
      await kernel.db.query('SELECT 1 FROM core.audit_log WHERE correlation_id = $1 AND outcome = $2', [
        'dead-token-read',
        'unauthenticated',
      ]),
    ).toHaveLength(1);
    expect(await runCount()).toBe(before);
  });

  it('runs a report as a job: queued, running with progress, completed with the figures of the seeded data', async () => {
    const { status, body } = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', { ...PERIOD, pauseMs: 150 });
    expect(status).toBe(202);
    expect(Object.keys(body)).toEqual(['id']);
    const id = body.id as string;

    const seen: { status: string; progress: number }[] = [];
    const run = await waitFor('the run to complete', async () => {
      const { body: polled } = await call('GET', `/api/reports/runs/${id}`, 'clerk');
      seen.push({ status: polled.status, progress: polled.progress });
      return polled.status === 'completed' || polled.status === 'failed' ? polled : undefined;
    });
    expect(seen.some((s) => s.status === 'running' && s.progress > 0 && s.progress < 100)).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const rows = expectedRows(PERIOD.from, PERIOD.to);
    expect(rows).toHaveLength(3);
    expect(run).toEqual(
      expect.objectContaining({
        id,
        report: REPORT,
        plugin: 'housekeeping',
        status: 'completed',
        progress: 100,
        error: null,
        parameters: { ...PERIOD, pauseMs: 150 },
        requestedBy: ids.clerk,
        requestedAt: expect.any(String),
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
      }),
    );
    expect(run.result).toEqual({
      columns: [
        { key: 'room', label: 'Room' },
        { key: 'cleanings', label: 'Cleanings' },
        { key: 'minutes', label: 'Minutes' },
        { key: 'average', label: 'Average minutes' },
        { key: 'note', label: 'Latest note' },
      ],
      rows,
      summary: {
        cleanings: rows.reduce((n, r) => n + r.cleanings, 0),
        minutes: rows.reduce((n, r) => n + r.minutes, 0),
      },
    });

    // Stored in PostgreSQL with its parameters, who asked and when; the job carried the run's id only.
    const row = await runRow(id);
    expect(row).toEqual(
      expect.objectContaining({
        status: 'completed',
        requested_by: ids.clerk,
        parameters: { ...PERIOD, pauseMs: 150 },
        result: run.result,
      }),
    );
    const job = await kernel.jobs!.queue('housekeeping')!.getJob(id);
    expect(job?.name).toBe('housekeeping.run-report');
    expect(job?.data).toEqual({ installation: kernel.installation!.id, payload: { runId: id } }); // ids only, stamped

    await waitFor('the finished event', async () => finished.find((e) => e.runId === id));
    expect(finished.find((e) => e.runId === id)).toEqual(new ReportRunFinished(id, REPORT, ids.clerk!, 'completed'));
    // A patient-data report: audited when asked for and when its result was read.
    const audit = await auditActions(id);
    expect(audit[0]).toEqual({ action: 'core.RequestReport', actor_id: ids.clerk });
    expect(audit.map((a) => a.action)).toContain('core.ReadReportRun');
  });

  it('applies the defaults to a run asked for with no parameters and stores them', async () => {
    const { status, body } = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', {});
    expect(status).toBe(202);
    const run = await ended(body.id);
    expect(run.status).toBe('completed');
    expect(run.parameters).toEqual({
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      pauseMs: 0,
    });
  });

  it('refuses bad parameters with 400 naming the field, storing and queuing nothing', async () => {
    const runs = await runCount();
    const jobs = await queuedJobs();
    const bad = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', { from: '2026-02-30', to: '2026-12-31' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'from' })]);
    const backwards = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', {
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ path: 'to' })]);
    const unknownField = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', { ward: 'A' });
    expect(unknownField.status).toBe(400);
    expect(await runCount()).toBe(runs);
    expect(await queuedJobs()).toBe(jobs);
  });

  it('answers 404 for an unknown report and 403 for a report the account may not run, queuing nothing', async () => {
    const runs = await runCount();
    const jobs = await queuedJobs();
    const unknown = await call('POST', '/api/reports/housekeeping.nope/runs', 'clerk', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('REPORT_NOT_FOUND');
    expect((await call('POST', '/api/reports/housekeeping.supplies/runs', 'clerk', {})).status).toBe(403);
    expect((await call('POST', `/api/reports/${REPORT}/runs`, undefined, {})).status).toBe(401);
    expect(await runCount()).toBe(runs);
    expect(await queuedJobs()).toBe(jobs);
    expect((await call('GET', `/api/reports/runs/${randomUUID()}`, 'clerk')).status).toBe(404);
    expect((await call('GET', '/api/reports/runs/not-a-uuid', 'clerk')).status).toBe(404);
  });

  it('keeps a run to its requester and holders of core:reports:read-all', async () => {
    const { body } = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', PERIOD);
    await ended(body.id);
    const other = await call('GET', `/api/reports/runs/${body.id}`, 'other');
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('REPORT_RUN_NOT_FOUND');
    expect((await call('GET', `/api/reports/runs/${body.id}/download?format=csv`, 'other')).status).toBe(404);
    const auditor = await call('GET', `/api/reports/runs/${body.id}`, 'auditor');
    expect(auditor.status).toBe(200);
    expect(auditor.body.result.rows).toEqual(expectedRows(PERIOD.from, PERIOD.to));
    expect((await call('GET', `/api/reports/runs/${body.id}`, 'admin')).status).toBe(200);
  });

  it('downloads a completed run as exact CSV, audited', async () => {
    const { body } = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', PERIOD);
    await ended(body.id);
    const csv = await call('GET', `/api/reports/runs/${body.id}/download?format=csv`, 'clerk');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="housekeeping\.minutes-per-room-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.raw.toString('utf8')).toBe(
      'Room,Cleanings,Minutes,Average minutes,Latest note\r\n' +
        'A-01,2,45,22.5,"\'=HYPERLINK(""x"")"\r\n' +
        'B-12,2,75,37.5,"Said ""spotless"""\r\n' +
        'C-07,3,33,11,Last one\r\n',
    );
    expect((await auditActions(body.id)).map((a) => a.action)).toContain('core.DownloadReport');
  });

  it('downloads a completed run as a PDF that parses: xref, trailer, pages, the rows', async () => {
    const { body } = await call('POST', `/api/reports/${REPORT}/runs`, 'clerk', PERIOD);
    await ended(body.id);
    const response = await call('GET', `/api/reports/runs/${body.id}/download?format=pdf`, 'clerk');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = readPdf(response.raw);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.title).toBe('Cleaning minutes per room');
    const texts = pdf.pageTexts[0]!;
    expect(texts).toEqual(
      expect.arrayContaining([
        'Cleaning minutes per room',
        'Room',
        'Latest note',
        'A-01',
        'B-12',
        'C-07',
        '22.5',
        'Page 1 of 1',
      ]),
    );
    expect(texts).toContain('Parameters: from = 2026-01-01; to = 2026-01-31; pauseMs = 0');
    expect(texts.find((t) => t.startsWith('Requested by clerk at '))).toBeDefined();
    expect((await call('GET', `/api/reports/runs/${body.id}/download?format=xls`, 'clerk')).status).toBe(400);
  });

  it('records a failing report as failed with its code; its download is 409', async () => {
    const { status, body } = await call('POST', '/api/reports/housekeeping.broken/runs', 'clerk', {});
    expect(status).toBe(202);
    const run = await ended(body.id);
    expect(run).toEqual(
      expect.objectContaining({ status: 'failed', error: 'LEDGER_CLOSED', finishedAt: expect.any(String) }),
    );
    expect(run).not.toHaveProperty('result');
    expect((await call('GET', `/api/reports/runs/${body.id}/download`, 'clerk')).status).toBe(409);
    await waitFor('the failed event', async () => finished.find((e) => e.runId === body.id && e.status === 'failed'));
  });

  it('fails a waiting run whose requester lost the permission before it ran', async () => {
    const accounts = new AccountService(kernel.db);
    const { id } = await accounts.createAccount({
      username: 'temp',
      password: PASSWORD,
      displayName: 'Temp',
      roles: ['housekeeper'],
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'temp', password: PASSWORD },
    });
    tokens.temp = (login.json() as { token: string }).token;
    const queue = kernel.jobs!.queue('housekeeping')!;
    await queue.pause();
    try {
      const { body } = await call('POST', `/api/reports/${REPORT}/runs`, 'temp', PERIOD);
      await accounts.revokeRole(id, 'housekeeper');
      await queue.resume();
      const run = await ended(body.id, 'temp');
      expect(run).toEqual(expect.objectContaining({ status: 'failed', error: 'REPORT_PERMISSION_REVOKED' }));
    } finally {
      await queue.resume();
    }
  });
});
