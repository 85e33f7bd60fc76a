import { withApiBench } from '../lib/api-bench';
import type { BenchClient } from '../lib/bench-client';
import type { BenchDatabase } from '../lib/bench-database';
import { postJson } from '../lib/http-json';
import { measure, type Measurement, type Operation } from '../lib/measure';
import type { BenchOptions } from '../lib/options';
import { machineLines, printReport, progressHead, withRatios } from '../lib/report';
import { writeResults, type MachineInfo } from '../lib/results';
import { fixed, type Column } from '../lib/table';
import { patientWithChart, providerBundle } from './fhir-fixtures';

/** Chart events of the patient whose record is read, at `--scale 1`. */
const CHART_EVENTS = 5_000;
const POOL_SIZE = 10;
/** Patients per imported bundle and heart rates per patient: 20 × (1 + 2 + 5) = 160 resources per bundle. */
const BUNDLE_PATIENTS = 20;
const BUNDLE_OBSERVATIONS = 5;

const MODES = {
  rest: 'REST GET /api/charts/:id (baseline)',
  everything: 'FHIR Patient/:id/$everything',
  search: 'FHIR Observation?patient&code',
} as const;
type ModeKey = keyof typeof MODES;

interface ReadRow extends Measurement {
  readonly mode: ModeKey;
  readonly label: string;
}

const COLUMNS: readonly Column[] = [
  { header: 'mode', align: 'left' },
  { header: 'clients' },
  { header: 'ops/s' },
  { header: 'vs REST' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'errors' },
];

/**
 * The FHIR benchmark: reading one patient's record with a chart of 5,000 events as `Patient/$everything` and as an
 * Observation search, beside the REST chart query in the same run (each request checks the session, the
 * permission and writes its audit record, through the real API in its own process); then importing provider
 * bundles through `POST /fhir/R4`, in resources per second.
 */
export async function runFhirBenchmark(options: BenchOptions): Promise<void> {
  const events = Math.max(10, Math.round(CHART_EVENTS * options.scale));
  const header = (machine: MachineInfo, database: BenchDatabase) => [
    `fhir: Patient/$everything and an Observation search for a patient with ${events} chart events, beside the`,
    '  REST chart query in the same run; then bundle import in resources per second',
    ...machineLines(machine, database.description, options, POOL_SIZE),
  ];
  await withApiBench(POOL_SIZE, header, async ({ client, machine, database }) => {
    const patientId = await patientWithChart(client, events);
    const rows = await measureReads(client, patientId, options);
    const imported = await measureImport(client, options);
    const table = withRatios(rows, Object.keys(MODES), 'rest');
    printReport(
      COLUMNS,
      table,
      table.map((r) => [
        r.label,
        String(r.clients),
        fixed(r.opsPerSec, 0),
        r.ratio === null ? '–' : `${fixed(r.ratio, 2)}×`,
        fixed(r.p50Ms, 2),
        fixed(r.p99Ms, 2),
        String(r.errors),
      ]),
      [
        `$everything: the whole record in one page (_count=100); the chart keeps the 20 newest values of each code.`,
        `import: ${imported.bundles} bundles of ${imported.resourcesPerBundle} resources, one after another, ` +
          `${fixed(imported.resourcesPerSec, 0)} resources/s (${fixed(imported.msPerBundle, 0)} ms per bundle)`,
      ],
    );
    const file = await writeResults(options.outDir, 'fhir', {
      benchmark: 'fhir',
      machine,
      database: database.description,
      settings: { ...options, chartEvents: events, poolSize: POOL_SIZE },
      results: table,
      import: imported,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  });
}

async function measureReads(client: BenchClient, patientId: string, options: BenchOptions): Promise<ReadRow[]> {
  const paths: Record<ModeKey, string> = {
    rest: `/api/charts/${patientId}`,
    everything: `/fhir/R4/Patient/${patientId}/$everything?_count=100`,
    search: `/fhir/R4/Observation?patient=${patientId}&code=http://loinc.org|8867-4`,
  };
  const rows: ReadRow[] = [];
  for (const clients of options.clients) {
    for (const mode of Object.keys(MODES) as ModeKey[]) {
      const url = new URL(paths[mode], client.baseUrl);
      const operation: Operation = async () => {
        const answer = await postJson(client.agent, url, null, { authorization: `Bearer ${client.token}` }, 'GET');
        if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
      };
      const result = await measure(operation, {
        clients,
        durationMs: options.durationS * 1000,
        warmupMs: options.warmupS * 1000,
      });
      rows.push({ ...result, mode, label: MODES[mode] });
      process.stdout.write(`${progressHead(mode, result)}\n`);
    }
  }
  return rows;
}

/** Imports fresh bundles one after another for the measured duration (at least one), timing each. */
async function measureImport(
  client: BenchClient,
  options: BenchOptions,
): Promise<{ bundles: number; resourcesPerBundle: number; resourcesPerSec: number; msPerBundle: number }> {
  const deadline = Date.now() + options.durationS * 1000;
  let bundles = 0;
  let resources = 0;
  let elapsedMs = 0;
  do {
    const { bundle, resources: count } = providerBundle(BUNDLE_PATIENTS, BUNDLE_OBSERVATIONS);
    const started = process.hrtime.bigint();
    const answer = await client.call('POST', '/fhir/R4', bundle);
    elapsedMs += Number(process.hrtime.bigint() - started) / 1e6;
    const summary = (answer.body as { issue?: { details?: { text?: string } }[] }).issue?.[0]?.details?.text ?? '';
    if (!summary.includes(`${count} imported`)) throw new Error(`The import did not take every entry: ${summary}`);
    bundles += 1;
    resources += count;
  } while (Date.now() < deadline);
  const perBundle = resources / bundles;
  process.stdout.write(`  import: ${bundles} bundles, ${fixed((resources / elapsedMs) * 1000, 0)} resources/s\n`);
  return {
    bundles,
    resourcesPerBundle: perBundle,
    resourcesPerSec: (resources / elapsedMs) * 1000,
    msPerBundle: elapsedMs / bundles,
  };
}
