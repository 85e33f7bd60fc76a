import { withApiBench } from '../lib/api-bench';
import type { BenchClient } from '../lib/bench-client';
import type { BenchDatabase } from '../lib/bench-database';
import type { BenchOptions } from '../lib/options';
import { writeResults, type MachineInfo } from '../lib/results';
import { fixed, markdownTable, textTable, type Column } from '../lib/table';
import { BenchDevice, getAll, type Cost } from './device';
import { wardWithCharts, type BenchWard } from './ward-fixture';

const BEDS = 30;
/** Vital signs on each chart (the chart keeps the newest values of each code). */
const OBSERVATIONS = 20;
const ROUNDS = 7;
const POOL_SIZE = 10;

interface Row extends Cost {
  readonly what: string;
  readonly way: 'replica' | 'plain queries';
}

const COLUMNS: readonly Column[] = [
  { header: 'what', align: 'left' },
  { header: 'how', align: 'left' },
  { header: 'requests' },
  { header: 'ms (median)' },
  { header: 'kB' },
  { header: 'rows sent' },
  { header: 'bytes/row' },
];

/**
 * The replica benchmark: the first sync of a 30-bed ward's working set (the bed board, and each patient's chart and
 * medication administration record) and the cost of keeping it current per event, beside the same data fetched by
 * plain online query calls in the same run. Node over HTTP (the same requests the browser's replica store sends, at
 * most 6 at a time like a browser's connections to one host), against the real API in its own process.
 */
export async function runReplicaBenchmark(options: BenchOptions): Promise<void> {
  const beds = Math.max(2, Math.round(BEDS * options.scale));
  const header = (machine: MachineInfo, database: BenchDatabase) => [
    `replica: first sync of a ${beds}-bed ward (board, charts, MARs) and the pull per event, beside plain`,
    `  query calls, ${ROUNDS} rounds each (median); Node over HTTP, 6 requests at a time`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, load ${machine.loadAverage1m}`,
    `database: ${database.description}`,
  ];
  await withApiBench(POOL_SIZE, header, async ({ client, machine, database }) => {
    const ward = await wardWithCharts(client, beds, OBSERVATIONS);
    const rows = [...(await firstSync(client, ward)), ...(await perEvent(client, ward))];
    const cells = rows.map((r) => [
      r.what,
      r.way,
      String(r.requests),
      fixed(r.ms, 1),
      fixed(r.bytes / 1024, 1),
      String(r.rows),
      r.rows === 0 ? '–' : fixed(r.bytes / r.rows, 0),
    ]);
    const notes = [
      'first sync: the board, then a chart and a MAR per occupied bed (what the web client keeps for a kept board).',
      'per event, replica: the copies the change notice concerns are pulled (a chart names its stream: that chart and',
      '  MAR; the board is pulled on any bed or stay event). "by type only": every copy of a replica declaring the type',
      '  (60), as a replica that cannot name its streams would be; the unchanged ones answer their checkpoint only.',
      '  Plain queries: the open screen asking again (the chart, or the board).',
      'bytes: JSON bodies as sent (no compression); each pull also runs the query as the user and writes its audit record.',
    ];
    process.stdout.write(
      `\n${textTable(COLUMNS, cells)}\n\n${notes.join('\n')}\n\nmarkdown:\n\n${markdownTable(COLUMNS, cells)}\n`,
    );
    const file = await writeResults(options.outDir, 'replica', {
      benchmark: 'replica',
      machine,
      database: database.description,
      settings: { beds, observations: OBSERVATIONS, rounds: ROUNDS, poolSize: POOL_SIZE, client: 'node-http' },
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  });
}

function copiesOf(ward: BenchWard): { name: string; params: Record<string, string> }[] {
  return [
    { name: 'adt.WardBoard', params: { wardId: ward.wardId } },
    ...ward.patientIds.flatMap((patientId) => [
      { name: 'ehr.Chart', params: { patientId } },
      { name: 'ehr.AdministrationRecord', params: { patientId } },
    ]),
  ];
}

async function firstSync(client: BenchClient, ward: BenchWard): Promise<Row[]> {
  const paths = [
    `/api/wards/${ward.wardId}/board`,
    ...ward.patientIds.flatMap((id) => [`/api/charts/${id}`, `/api/charts/${id}/administrations`]),
  ];
  const replica: Cost[] = [];
  const plain: Cost[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    replica.push(await new BenchDevice(client.baseUrl, client.agent, client.token).pull(copiesOf(ward)));
    plain.push(await getAll(client.baseUrl, client.agent, client.token, paths));
  }
  return [
    { what: 'first sync', way: 'replica', ...median(replica) },
    { what: 'first sync', way: 'plain queries', ...median(plain) },
  ];
}

async function perEvent(client: BenchClient, ward: BenchWard): Promise<Row[]> {
  const device = new BenchDevice(client.baseUrl, client.agent, client.token);
  const copies = copiesOf(ward);
  await device.pull(copies);
  const patientId = ward.patientIds[0]!;
  const charts = copies.filter((c) => c.name !== 'adt.WardBoard');
  const own = charts.filter((c) => c.params['patientId'] === patientId);
  const cost = {
    all: [] as Cost[],
    own: [] as Cost[],
    plainChart: [] as Cost[],
    board: [] as Cost[],
    plainBoard: [] as Cost[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    await client.call('POST', `/api/charts/${patientId}/observations`, {
      code: '8867-4',
      value: 70 + round,
      unit: '/min',
    });
    cost.all.push(await device.pull(charts));
    await client.call('POST', `/api/charts/${patientId}/observations`, {
      code: '8867-4',
      value: 80 + round,
      unit: '/min',
    });
    cost.own.push(await device.pull(own));
    cost.plainChart.push(await getAll(client.baseUrl, client.agent, client.token, [`/api/charts/${patientId}`]));
    const inService = round % 2 === 1;
    await client.call('POST', `/api/wards/${ward.wardId}/beds/${ward.freeBedId}/service`, {
      inService,
      ...(inService ? {} : { reason: 'cleaning' }),
    });
    cost.board.push(await device.pull([copies[0]!]));
    cost.plainBoard.push(await getAll(client.baseUrl, client.agent, client.token, [`/api/wards/${ward.wardId}/board`]));
  }
  return [
    { what: 'one chart event', way: 'replica', ...median(cost.own) },
    { what: 'one chart event, by type only', way: 'replica', ...median(cost.all) },
    { what: 'one chart event', way: 'plain queries', ...median(cost.plainChart) },
    { what: 'one bed event', way: 'replica', ...median(cost.board) },
    { what: 'one bed event', way: 'plain queries', ...median(cost.plainBoard) },
  ];
}

/** The median round's time, with the bytes and rows of that same round. */
function median(costs: readonly Cost[]): Cost {
  return [...costs].sort((a, b) => a.ms - b.ms)[Math.floor(costs.length / 2)]!;
}
