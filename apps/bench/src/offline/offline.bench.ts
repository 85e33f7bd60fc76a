import { Pool } from 'pg';
import { startApiProcess } from '../lib/api-process';
import { openBenchDatabase } from '../lib/bench-database';
import type { BenchOptions } from '../lib/options';
import { machineLines } from '../lib/report';
import { machineInfo, writeResults } from '../lib/results';
import { fixed, textTable, type Column } from '../lib/table';
import {
  openNotesOnline,
  openWardComputer,
  outboxLeft,
  outboxSize,
  queueOffline,
  reconnect,
  writeNotesOffline,
} from './offline-browser';
import { Api, hourOfWork, MIX, setUpWard, type QueuedCommand } from './offline-workload';

const PASSWORD = 'bench offline password 1';
const COMMANDS = 1_000;
const BEDS = 30;
const POOL_SIZE = 10;
/** The design card's figure: an hour of a ward's work converges within this after reconnecting. */
const TARGET_S = 10;
/** Notes edited offline in the same hour (Yjs documents, sent by the web client after the outbox). */
const NOTES = 10;

interface OfflineRow {
  readonly path: string;
  readonly commands: number;
  readonly seconds: number;
  readonly perCommandMs: number;
  readonly landed: number;
  readonly duplicates: number;
  readonly lost: number;
}

const COLUMNS: readonly Column[] = [
  { header: 'path', align: 'left' },
  { header: 'commands' },
  { header: 'seconds' },
  { header: 'ms/command' },
  { header: 'landed' },
  { header: 'duplicates' },
  { header: 'lost' },
];

/**
 * The offline benchmark: a ward computer (Chromium on the built web client) offline for an hour queues 1,000
 * commands across plugins (vitals, doses, stock issues, registrations); on reconnect, the time until the server holds
 * every one and the outbox is empty (and ten notes edited offline hold their lines), with duplicates and losses
 * counted in the event store. Beside it, in the same
 * run, the same kind of commands sent from Node one HTTP call each.
 */
export async function runOfflineBenchmark(options: BenchOptions): Promise<void> {
  const count = Math.max(20, Math.round(COMMANDS * options.scale));
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 2 });
  const server = await startApiProcess({ databaseUrl: database.url, adminPassword: PASSWORD, poolSize: POOL_SIZE });
  const api = new Api(server.url);
  let ward: Awaited<ReturnType<typeof openWardComputer>> | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(
      [
        `offline: ${count} commands queued offline in Chromium (${MIX.map((m) => `${m.share * 100}% ${m.command}`).join(', ')}),`,
        "  sent on reconnect through the web client's outbox, beside the same commands sent from Node one call each",
        ...machineLines(machine, database.description, { ...options, clients: [1] }, POOL_SIZE),
        '',
      ].join('\n'),
    );
    await api.signIn(PASSWORD);
    const wardSet = await setUpWard(api, BEDS);
    const setUp = new Date();
    const rows: OfflineRow[] = [];
    let notesConverged = 0;

    // Ten notes, started on the ward earlier and opened on this computer while online.
    const noteLines = new Map<string, string>();
    for (const [i, { patientId }] of wardSet.patients.slice(0, NOTES).entries()) {
      const note = (await api.call('POST', '/api/notes', { patientId, title: `Night note ${i + 1}` })) as {
        id: string;
      };
      noteLines.set(note.id, `Offline ${i + 1}: obs stable, fluids as charted.`);
    }
    ward = await openWardComputer(server.url, PASSWORD);
    const page = ward.page;
    await openNotesOnline(page, server.url, [...noteLines.keys()]);
    await page.context().setOffline(true);
    await writeNotesOffline(page, noteLines);
    if ((await notesHolding(api, noteLines)) > 0) throw new Error('A note reached the server while offline');
    const queued = hourOfWork(wardSet, count, setUp, Date.now() - setUp.getTime());
    await queueOffline(page, queued);
    const started = performance.now();
    await reconnect(page);
    await until(
      async () =>
        (await landed(admin, queued)) === queued.length &&
        (await outboxSize(page)) === 0 &&
        (await notesHolding(api, noteLines)) === noteLines.size,
      async () =>
        `landed ${await landed(admin, queued)} of ${queued.length}; notes ${await notesHolding(api, noteLines)} of ` +
        `${noteLines.size}; outbox: ${JSON.stringify(await outboxLeft(page))}; notes: ${JSON.stringify(
          await Promise.all(
            [...noteLines.keys()].map(
              async (id) => ((await api.call('GET', `/api/notes/${id}`)) as { text: string }).text,
            ),
          ),
        )}`,
    );
    rows.push(await row('browser outbox, batched', queued, (performance.now() - started) / 1000, admin));
    notesConverged = await notesHolding(api, noteLines);

    const baseline = hourOfWork(wardSet, count, setUp, Date.now() - setUp.getTime(), 10_000);
    const baselineStart = performance.now();
    await api.sendOneByOne(baseline);
    rows.push(await row('Node, one call each', baseline, (performance.now() - baselineStart) / 1000, admin));

    process.stdout.write(
      `\n${textTable(
        COLUMNS,
        rows.map((r) => [
          r.path,
          String(r.commands),
          fixed(r.seconds, 2),
          fixed(r.perCommandMs, 2),
          String(r.landed),
          String(r.duplicates),
          String(r.lost),
        ]),
      )}\n`,
    );
    const converged = rows[0]!;
    process.stdout.write(
      `\nconverged in ${fixed(converged.seconds, 2)} s (target ≤ ${TARGET_S} s): ${converged.seconds <= TARGET_S ? 'met' : 'NOT met'}` +
        `, with ${notesConverged} of ${NOTES} notes edited offline holding their offline line on the server` +
        '\nlanded: commands the server recorded as processed; duplicates: commands whose events were appended by more' +
        ' than one transaction; lost: queued commands the server never processed. The browser row stops when the' +
        ' commands have landed, the outbox is empty and every note holds its line.\n',
    );
    const file = await writeResults(options.outDir, 'offline', {
      benchmark: 'offline',
      machine,
      database: database.description,
      settings: { ...options, commands: count, notes: NOTES, beds: BEDS, poolSize: POOL_SIZE, mix: MIX },
      notesConverged,
      results: rows,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    await ward?.close();
    api.close();
    await server.stop();
    await admin.end();
    await database.release();
  }
}

/** How many of the commands the server has processed. */
async function landed(admin: Pool, commands: readonly QueuedCommand[]): Promise<number> {
  const found = await admin.query<{ n: string }>(
    'SELECT count(*) AS n FROM core.processed_commands WHERE command_id = ANY($1::text[])',
    [commands.map((c) => c.id)],
  );
  return Number(found.rows[0]?.n ?? 0);
}

async function row(
  path: string,
  commands: readonly QueuedCommand[],
  seconds: number,
  admin: Pool,
): Promise<OfflineRow> {
  const ids = commands.map((c) => c.id);
  const done = await landed(admin, commands);
  // A command appended twice would show its id in the events of two transactions.
  const twice = await admin.query<{ n: string }>(
    `SELECT count(*) AS n FROM (
       SELECT metadata->>'commandId' AS id FROM core.events WHERE metadata->>'commandId' = ANY($1::text[])
       GROUP BY 1 HAVING count(DISTINCT transaction_id) > 1) d`,
    [ids],
  );
  return {
    path,
    commands: commands.length,
    seconds,
    perCommandMs: (seconds * 1000) / commands.length,
    landed: done,
    duplicates: Number(twice.rows[0]?.n ?? 0),
    lost: commands.length - done,
  };
}

async function until(ready: () => Promise<boolean>, state: () => Promise<string>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`The outbox did not converge in time: ${await state()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many of the notes the server holds with their offline line (each once). */
async function notesHolding(api: Api, lines: ReadonlyMap<string, string>): Promise<number> {
  let holding = 0;
  for (const [id, line] of lines) {
    const note = (await api.call('GET', `/api/notes/${id}`)) as { text: string };
    if (note.text.split(line).length - 1 === 1) holding++;
  }
  return holding;
}
