import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { INSTALLED_PLUGINS } from '@hms/api';
import { startCluster, type RunningCluster } from '@hms/cli/dist/cluster/cluster';
import { bootKernel, freePort } from '@hms/core';
import { uniqueRedisPrefix, dropRedisPrefix } from '@hms/core/testing';
import { openBenchDatabase } from '../lib/bench-database';
import { percentile } from '../lib/measure';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineLines } from '../lib/report';
import { machineInfo, writeResults } from '../lib/results';
import { fixed, markdownTable, textTable, type Column } from '../lib/table';
import { openHospital, pick, type Hospital } from '../scheduling/hospital';
import { collabEditors } from './collab-editors';
import { caller, mixedOperations, type Caller, type MixedOperation } from './mixed-operations';
import { postgresCpuMs, processesCpuMs } from './process-cpu';

const ADMIN_PASSWORD = 'bench-mixed-admin-password';
const POOL_SIZE = 10;
const NOTES = 10;

/** One operation kind's numbers in one cell (API processes × clients). */
interface OperationRow {
  readonly apis: number;
  readonly clients: number;
  readonly key: string;
  readonly label: string;
  readonly ops: number;
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly refusals: number;
  readonly firstError?: string;
}

/** A cell's totals: every operation, the machine's CPU per operation by process kind, and the editors' relay. */
interface CellTotals {
  readonly apis: number;
  readonly clients: number;
  readonly opsPerSec: number;
  readonly errors: number;
  readonly apiCpuMsPerOp: number;
  readonly workerCpuMsPerOp: number;
  readonly postgresCpuMsPerOp: number;
  readonly collabLines: number;
  readonly collabP50Ms: number;
  readonly collabP99Ms: number;
}

const OPERATION_COLUMNS: readonly Column[] = [
  { header: 'API processes', align: 'right' },
  { header: 'clients', align: 'right' },
  { header: 'operation', align: 'left' },
  { header: 'ops/s' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'errors' },
  { header: 'refused' },
];

const TOTAL_COLUMNS: readonly Column[] = [
  { header: 'API processes', align: 'right' },
  { header: 'clients', align: 'right' },
  { header: 'all ops/s' },
  { header: 'errors' },
  { header: 'API CPU ms/op' },
  { header: 'worker CPU ms/op' },
  { header: 'PostgreSQL CPU ms/op' },
  { header: 'note lines' },
  { header: 'note relay p50 ms' },
  { header: 'note relay p99 ms' },
];

/**
 * The mixed load of issue 18: a hospital's day in proportion (chart reads, vitals, searches, free-slot searches,
 * bookings, registrations, report runs) from closed-loop HTTP clients, and editors co-editing notes, all through
 * HAProxy in front of `hms cluster` (1 and then 2 API processes, one worker) on one PostgreSQL and one Redis. The
 * load runs in this process, never in a server's. The hospital is seeded once through the command bus at
 * `--scale` × 100 000 patients. `--modes 1,2` chooses the API process counts.
 */
export async function runMixedBenchmark(options: BenchOptions): Promise<void> {
  const apiCounts = (options.modes ?? ['1', '2']).map((m) => {
    const n = Number(m);
    if (!Number.isInteger(n) || n < 1 || n > 8)
      throw new UsageError(`--modes for mixed are API process counts (1-8), not "${m}"`);
    return n;
  });
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 2 });
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const operationRows: OperationRow[] = [];
  const totals: CellTotals[] = [];
  try {
    const machine = await machineInfo(admin);
    out(
      [
        'mixed: a hospital day through HAProxy in front of hms cluster (N API processes, 1 worker), with co-editing',
        ...machineLines(machine, database.description, options, POOL_SIZE),
        '',
      ].join('\n'),
    );
    const kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    let hospital: Hospital;
    try {
      hospital = await openHospital(kernel, options.scale, out);
    } finally {
      await kernel.close();
    }
    const operations = mixedOperations(hospital);
    for (const apis of apiCounts) {
      const redisPrefix = uniqueRedisPrefix();
      const runDir = mkdtempSync(path.join(tmpdir(), 'hms-bench-mixed-'));
      const cluster = await startCluster({
        apis,
        workers: 1,
        host: '127.0.0.1',
        port: await freePort(),
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: database.url,
          REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
          HMS_QUEUE_PREFIX: redisPrefix,
          HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
          HMS_LOG_LEVEL: process.env.HMS_LOG_LEVEL ?? 'info',
          HMS_DB_POOL_SIZE: String(POOL_SIZE),
          // Every clinician reaches every chart: the care check's own cost is measured in pnpm bench append.
          HMS_ACCESS_POLICY: 'role',
        },
        runDir,
        onLine: (line) => {
          if (/exited|error|ALERT/i.test(line)) out(`  ${line}`);
        },
      });
      try {
        const token = await clinicianToken(cluster);
        for (const clients of options.clients) {
          const cell = await runCell(cluster, token, hospital, operations, apis, clients, options);
          operationRows.push(...cell.rows);
          totals.push(cell.totals);
          out(
            `  ${apis} API, ${String(clients).padStart(3)} clients: ${fixed(cell.totals.opsPerSec, 0)} ops/s, ` +
              `${cell.totals.errors} errors, note relay p99 ${fixed(cell.totals.collabP99Ms, 1)} ms`,
          );
        }
      } finally {
        await cluster.stop();
        await dropRedisPrefix(redisPrefix);
        rmSync(runDir, { recursive: true, force: true });
      }
    }
    const operationCells = operationRows.map((r) => [
      String(r.apis),
      String(r.clients),
      r.label,
      fixed(r.opsPerSec, 1),
      fixed(r.p50Ms, 2),
      fixed(r.p99Ms, 2),
      String(r.errors),
      String(r.refusals),
    ]);
    const totalCells = totals.map((t) => [
      String(t.apis),
      String(t.clients),
      fixed(t.opsPerSec, 0),
      String(t.errors),
      fixed(t.apiCpuMsPerOp, 2),
      fixed(t.workerCpuMsPerOp, 2),
      fixed(t.postgresCpuMsPerOp, 2),
      String(t.collabLines),
      fixed(t.collabP50Ms, 1),
      fixed(t.collabP99Ms, 1),
    ]);
    const errors = operationRows
      .filter((r) => r.firstError)
      .map((r) => `first error, ${r.label} (${r.apis} API, ${r.clients} clients): ${r.firstError}`);
    out(
      [
        '',
        textTable(OPERATION_COLUMNS, operationCells),
        '',
        textTable(TOTAL_COLUMNS, totalCells),
        '',
        `weights per 100 operations: ${operations.map((o) => `${o.label} ${o.weight}`).join(', ')}; ${NOTES} notes with two editors each, a line every 250 ms`,
        ...errors,
        '',
        'markdown:',
        '',
        markdownTable(OPERATION_COLUMNS, operationCells),
        '',
        markdownTable(TOTAL_COLUMNS, totalCells),
      ].join('\n'),
    );
    const file = await writeResults(options.outDir, 'mixed', {
      benchmark: 'mixed',
      machine,
      options,
      dataSet: hospital.dataSet,
      weights: Object.fromEntries(operations.map((o) => [o.key, o.weight])),
      operations: operationRows,
      totals,
    });
    out(`\nresults: ${file}`);
  } finally {
    await admin.end();
    await database.release();
  }
}

async function runCell(
  cluster: RunningCluster,
  token: string,
  hospital: Hospital,
  operations: readonly MixedOperation[],
  apis: number,
  clients: number,
  options: BenchOptions,
): Promise<{ rows: OperationRow[]; totals: CellTotals }> {
  const base = new URL(cluster.url);
  const notes = await notesToEdit(caller(base, token), hospital);
  const editors = await collabEditors(cluster.url, token, notes);
  try {
    if (options.warmupS > 0) await closedLoop(base, token, operations, clients, options.warmupS * 1000);
    const apiPids = cluster.apis.map((p) => p.pid);
    const workerPids = cluster.workers.map((p) => p.pid);
    const before = { api: processesCpuMs(apiPids), worker: processesCpuMs(workerPids), pg: postgresCpuMs() };
    editors.start();
    const run = await closedLoop(base, token, operations, clients, options.durationS * 1000);
    const relay = Float64Array.from(await editors.stop()).sort();
    const ops = [...run.values()].reduce((sum, o) => sum + o.latencies.length, 0);
    const errors = [...run.values()].reduce((sum, o) => sum + o.errors, 0);
    const elapsedS = options.durationS;
    const perOp = (ms: number): number => (ops === 0 ? Number.NaN : ms / ops);
    const rows = operations.map((operation): OperationRow => {
      const measured = run.get(operation.key)!;
      const sorted = Float64Array.from(measured.latencies).sort();
      return {
        apis,
        clients,
        key: operation.key,
        label: operation.label,
        ops: sorted.length,
        opsPerSec: sorted.length / elapsedS,
        p50Ms: percentile(sorted, 0.5),
        p99Ms: percentile(sorted, 0.99),
        errors: measured.errors,
        refusals: measured.refusals,
        ...(measured.firstError ? { firstError: measured.firstError } : {}),
      };
    });
    return {
      rows,
      totals: {
        apis,
        clients,
        opsPerSec: ops / elapsedS,
        errors,
        apiCpuMsPerOp: perOp(processesCpuMs(apiPids) - before.api),
        workerCpuMsPerOp: perOp(processesCpuMs(workerPids) - before.worker),
        postgresCpuMsPerOp: perOp(postgresCpuMs() - before.pg),
        collabLines: relay.length,
        collabP50Ms: percentile(relay, 0.5),
        collabP99Ms: percentile(relay, 0.99),
      },
    };
  } finally {
    editors.close();
  }
}

interface OperationRun {
  latencies: number[];
  errors: number;
  refusals: number;
  firstError?: string;
}

/** Closed-loop clients, each drawing its next operation by weight, for `durationMs`. */
async function closedLoop(
  base: URL,
  token: string,
  operations: readonly MixedOperation[],
  clients: number,
  durationMs: number,
): Promise<Map<string, OperationRun>> {
  const runs = new Map(operations.map((o) => [o.key, { latencies: [], errors: 0, refusals: 0 } as OperationRun]));
  const totalWeight = operations.reduce((sum, o) => sum + o.weight, 0);
  const draw = (): MixedOperation => {
    let r = Math.random() * totalWeight;
    for (const operation of operations) if ((r -= operation.weight) < 0) return operation;
    return operations.at(-1)!;
  };
  const deadline = performance.now() + durationMs;
  const client = async (call: Caller): Promise<void> => {
    while (performance.now() < deadline) {
      const operation = draw();
      const run = runs.get(operation.key)!;
      const began = performance.now();
      try {
        const result = await operation.run(call);
        if (result.refused) run.refusals++;
        else run.latencies.push(performance.now() - began);
      } catch (error) {
        run.errors++;
        run.firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, () => client(caller(base, token))));
  return runs;
}

/** A clinician who may do everything the mix does (a role of the benchmark's own), signed in. */
async function clinicianToken(cluster: RunningCluster): Promise<string> {
  const base = new URL(cluster.url);
  const login = async (username: string, password: string): Promise<string> => {
    const answer = await caller(base, '').send('POST', '/api/auth/login', { username, password });
    if (answer.status !== 200) throw new Error(`login ${username}: HTTP ${answer.status}`);
    return (answer.body as { token: string }).token;
  };
  const admin = caller(base, await login('admin', ADMIN_PASSWORD));
  const permissions = (await admin.send('GET', '/api/admin/permissions')).body as
    { name: string }[] | { items: { name: string }[] };
  const names = (Array.isArray(permissions) ? permissions : permissions.items).map((p) => p.name);
  const suffix = Date.now().toString(36);
  const role = `bench-mixed-${suffix}`;
  const put = await admin.send('PUT', `/api/admin/roles/${role}`, {
    description: 'Everything the mixed load does (benchmark)',
    permissions: names,
  });
  if (put.status >= 300) throw new Error(`role: HTTP ${put.status} ${JSON.stringify(put.body)}`);
  const password = `bench-mixed-clinician-${suffix}`;
  const account = await admin.send('POST', '/api/admin/accounts', {
    username: role,
    password,
    displayName: 'Bench clinician',
    roles: [role],
  });
  if (account.status >= 300) throw new Error(`account: HTTP ${account.status} ${JSON.stringify(account.body)}`);
  return login(role, password);
}

/** Notes to co-edit, on patients of the hospital. */
async function notesToEdit(call: Caller, hospital: Hospital): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < NOTES; i++) {
    const answer = await call.send('POST', '/api/notes', { patientId: pick(hospital.patientIds) });
    if (answer.status !== 201) throw new Error(`note: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    ids.push((answer.body as { id: string }).id);
  }
  return ids;
}
