import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { bootKernel, systemActor, type Kernel } from '@hms/core';
import { analyticsPlugin } from '@hms/plugin-analytics';
import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import type { ReportResult } from '@hms/sdk';
import { openBenchDatabase } from '../lib/bench-database';
import type { BenchOptions } from '../lib/options';
import { machineInfo, writeResults } from '../lib/results';
import { BASELINE_SQL } from './baseline-queries';
import { catchUpAnalytics } from './catch-up';
import { printReportsTable, type ReportCell } from './reports-report';
import { rowsInScope } from './rows-in-scope';
import { seedSyntheticHospital, type SeededHospital } from './synthetic-hospital';
import { medianOf } from './timing';

const POOL_SIZE = 8;
const REPEATS = 3;
const DAY = 86_400_000;

/**
 * The reports benchmark: a hospital of 100 000 patients and a year of activity (about 1.5 million events at
 * --scale 1) written through the event store in bulk, the analytics read models caught up from it, then each
 * report timed as its job runs it (median of 3 after a warm-up) for the last 30 days and the whole year, beside
 * one hand-written SQL statement computing the same figures from the same read models.
 */
export async function runReportsBenchmark(options: BenchOptions): Promise<void> {
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 2 });
  let kernel: Kernel | undefined;
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  try {
    const machine = await machineInfo(admin);
    out(
      `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage1m}`,
    );
    out(`database: ${database.description}`);
    kernel = await bootKernel({
      installed: [patientPlugin, schedulingPlugin, adtPlugin, analyticsPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: POOL_SIZE,
    });
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const [existing] = await kernel.db.query<{ n: string }>('SELECT count(*) AS n FROM core.events');
    let seeded: SeededHospital | undefined;
    if (Number(existing?.n ?? 0) === 0) {
      out(`seeding a hospital at --scale ${options.scale} through the event store in bulk ...`);
      seeded = await seedSyntheticHospital(kernel, options.scale, now, out);
      out(
        `wrote ${seeded.events} events in ${seeded.writeSeconds.toFixed(1)} s (${Math.round(seeded.events / seeded.writeSeconds)} events/s)`,
      );
    } else {
      out(`using the ${existing?.n} events already in the database; --scale is ignored`);
    }
    const catchUp = await catchUpAnalytics(kernel, out);
    out(
      `analytics read models caught up: ${catchUp.events} events in ${catchUp.seconds.toFixed(1)} s (${Math.round(catchUp.events / catchUp.seconds)} events/s)`,
    );
    for (const table of [
      'stays',
      'stay_segments',
      'bed_periods',
      'appointments',
      'schedules',
      'schedule_exceptions',
      'wards',
    ]) {
      await admin.query(`VACUUM ANALYZE analytics.${table}`);
    }
    const sizes = await kernel.db.query<{ t: string; n: string }>(
      `SELECT 'stays' AS t, count(*) AS n FROM analytics.stays UNION ALL SELECT 'appointments', count(*) FROM analytics.appointments
       UNION ALL SELECT 'events', count(*) FROM core.events`,
    );
    out(`read models: ${sizes.map((s) => `${s.n} ${s.t}`).join(', ')}`);

    const today = new Date(now).toISOString().slice(0, 10);
    const periods = [
      { label: 'last 30 days', from: new Date(now - 29 * DAY).toISOString().slice(0, 10), to: today },
      { label: 'last 365 days', from: new Date(now - 364 * DAY).toISOString().slice(0, 10), to: today },
    ];
    const cells: ReportCell[] = [];
    for (const report of analyticsPlugin.reports) {
      for (const period of periods) {
        const parameters = report.parameters.parse({ from: period.from, to: period.to });
        const run = (): Promise<ReportResult> =>
          report.run(parameters, {
            sql: kernel!.db,
            now: nowIso,
            actor: systemActor(),
            enabledPlugins: kernel!.registry.names,
            progress: async () => undefined,
          });
        const resultRows = (await run()).rows.length;
        const timing = await medianOf(REPEATS, run);
        const baselineSql = BASELINE_SQL[report.name];
        const baseline = baselineSql
          ? await medianOf(REPEATS, () => admin.query(baselineSql, [period.from, period.to, nowIso]))
          : undefined;
        const rows = await rowsInScope(kernel.db, report.name, period.from, period.to, nowIso);
        cells.push({
          report: report.name,
          period: period.label,
          rows,
          resultRows,
          report_ms: timing.ms,
          peakRssMb: timing.peakRssMb,
          sql_ms: baseline?.ms ?? null,
        });
        out(
          `  ${report.name} ${period.label}: ${timing.ms.toFixed(1)} ms${baseline ? ` (SQL ${baseline.ms.toFixed(1)} ms)` : ''}`,
        );
      }
    }
    const dashboard = await medianOf(20, () =>
      kernel!.ask({
        type: 'analytics.GetDashboard',
        params: {},
        actor: systemActor(),
        correlationId: randomUUID(),
        source: 'bench',
      }),
    );
    cells.push({
      report: 'dashboard (GET /api/analytics/dashboard)',
      period: 'now',
      rows: 0,
      resultRows: 1,
      report_ms: dashboard.ms,
      peakRssMb: dashboard.peakRssMb,
      sql_ms: null,
    });
    printReportsTable(cells);
    const file = await writeResults(options.outDir, 'reports', {
      benchmark: 'reports',
      machine,
      database: database.description,
      settings: { scale: options.scale, repeats: REPEATS, poolSize: POOL_SIZE },
      seeded: seeded ?? null,
      catchUp,
      results: cells,
    });
    out(`\nresults: ${file}`);
  } finally {
    await kernel?.close();
    await admin.end();
    await database.release();
  }
}
