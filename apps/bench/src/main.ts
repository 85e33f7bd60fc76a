import { runAppendBenchmark } from './append/append.bench';
import { runBillingBenchmark } from './billing/billing.bench';
import { runChaosBenchmark } from './chaos/chaos.bench';
import { runClientBenchmark } from './client/client.bench';
import { runChartBenchmark } from './chart/chart.bench';
import { runCollabBenchmark } from './collab/collab.bench';
import { runFhirBenchmark } from './fhir/fhir.bench';
import { runJourneysBenchmark } from './journeys/journeys.bench';
import { runMixedBenchmark } from './mixed/mixed.bench';
import { runOfflineBenchmark } from './offline/offline.bench';
import { parseCommandLine, USAGE, UsageError, type BenchOptions } from './lib/options';
import { runReplicaBenchmark } from './replica/replica.bench';
import { runReportsBenchmark } from './reports/reports.bench';
import { runRosterBenchmark } from './roster/roster.bench';
import { runSchedulingBenchmark } from './scheduling/scheduling.bench';
import { runStockBenchmark } from './stock/stock.bench';

interface Benchmark {
  readonly summary: string;
  run(options: BenchOptions): Promise<void>;
}

/** One entry per benchmark, each in its own folder. */
const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  append: {
    summary: 'RegisterPatient per second and latency, command bus and HTTP, beside a raw single-row INSERT',
    run: runAppendBenchmark,
  },
  reports: {
    summary: 'each analytics report over a year of a 100 000-patient hospital, beside one hand-written SQL statement',
    run: runReportsBenchmark,
  },
  scheduling: {
    summary: 'free-slot search and booking per second and latency over a seeded hospital, beside one SQL query',
    run: runSchedulingBenchmark,
  },
  chart: {
    summary:
      'one vital sign on a chart of 100 to 5 000 events, with snapshots and folding every event, beside one INSERT',
    run: runChartBenchmark,
  },
  stock: {
    summary:
      'issuing (spread over items and all on one) and dispensing one unit per second and latency, beside hand-written SQL',
    run: runStockBenchmark,
  },
  roster: {
    summary:
      'generating 4 weeks for 500 staff on 20 wards (time, rule breaches) and a pay run of 2,000, beside baselines',
    run: runRosterBenchmark,
  },
  billing: {
    summary: 'charge capture (CaptureCharge) per second beside one SQL INSERT, then invoicing every charged patient',
    run: runBillingBenchmark,
  },
  fhir: {
    summary:
      'Patient/$everything and an Observation search on a 5 000-event chart beside the REST chart query; import rate',
    run: runFhirBenchmark,
  },
  offline: {
    summary:
      'a ward computer (Chromium) offline queues 1,000 commands across plugins; time to converge on reconnect, beside one call each',
    run: runOfflineBenchmark,
  },
  collab: {
    summary: 'update fan-out latency (2/10/50 editors, 500 open notes) and memory per note, beside Hocuspocus',
    run: runCollabBenchmark,
  },
  chaos: {
    summary:
      'SIGKILL of API processes and the worker, Redis crashes and PostgreSQL immediate restarts under load: lost, duplicated',
    run: runChaosBenchmark,
  },
  replica: {
    summary: "a 30-bed ward's working set: first sync and the pull per event, beside plain query calls",
    run: runReplicaBenchmark,
  },
  client: {
    summary:
      'first load of the sign-in and patient pages in Chromium, throttled beside unthrottled; JS/CSS bytes per page',
    run: runClientBenchmark,
  },
  journeys: {
    summary: "each role's main journey in Chromium at desktop and tablet size: clicks, keys and seconds, beside before",
    run: runJourneysBenchmark,
  },
  mixed: {
    summary:
      'a hospital day (charts, vitals, searches, bookings, registrations, reports, co-editing) through HAProxy, 1 and 2 API processes',
    run: runMixedBenchmark,
  },
};

function usage(): string {
  const names = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(12)}${b.summary}`);
  return `${USAGE}\n\nbenchmarks:\n${names.join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const { benchmark, help, options } = parseCommandLine(argv);
  if (help || benchmark === undefined) {
    process.stdout.write(usage());
    return help ? 0 : 2;
  }
  const selected = BENCHMARKS[benchmark];
  if (!selected)
    throw new UsageError(`Unknown benchmark "${benchmark}"; one of: ${Object.keys(BENCHMARKS).join(', ')}`);
  await selected.run(options);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${usage()}`);
    else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
