import { randomInt } from 'node:crypto';
import { Pool } from 'pg';
import { openBenchDatabase } from '../lib/bench-database';
import { UsageError, type BenchOptions } from '../lib/options';
import { machineInfo, writeResults } from '../lib/results';
import { fixed } from '../lib/table';
import { benchNoteId } from './bench-collab.plugin';
import { hocuspocusClients, yWebsocketClients, type ConnectClient } from './collab-clients';
import {
  collabRow,
  headlines,
  preamble,
  printCollabReport,
  progressLine,
  SERVER_LABELS,
  type CollabRow,
} from './collab-report';
import { collabScenarios } from './collab-scenarios';
import { measureCommitFloor } from './commit-floor';
import { COLLAB_SERVER_KEYS, type CollabServerKey } from './collab-server.protocol';
import { runFanOut } from './fan-out';
import { persistedLine } from './persisted';
import { startServerThread, type CollabServerThread } from './server-thread';

/**
 * The collab benchmark: how long an update takes from one editor to the other clients of a note, at 2, 10 and 50
 * editors on one note and with 500 notes open on one instance, and the server's memory per open note — our
 * collaboration engine (the API's y-websocket endpoint, every update persisted before it is relayed) beside
 * Hocuspocus 3.4.4 with its Database extension on PostgreSQL, in the same run. Each server runs in its own thread
 * so its heap is measured alone; which server goes first alternates from one scenario to the next.
 */
/** Enough for a stable p99 of one durable INSERT, in about a second. */
const COMMIT_FLOOR_INSERTS = 500;

export async function runCollabBenchmark(options: BenchOptions): Promise<void> {
  const selected = selectServers(options.modes);
  const scenarios = collabScenarios(options);
  // Each stock y-websocket provider in Node registers a process 'exit' listener; hundreds are expected here.
  process.setMaxListeners(0);
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 1 });
  const servers: CollabServerThread[] = [];
  try {
    const machine = await machineInfo(admin);
    process.stdout.write(preamble(machine, database.description, options, scenarios));
    const floor = await measureCommitFloor(admin, COMMIT_FLOOR_INSERTS);
    process.stdout.write(
      `  durable commit floor: ${floor.inserts} sequential autocommit INSERTs of a 25-byte bytea, ` +
        `p50 ${fixed(floor.p50Ms, 2)} ms, p99 ${fixed(floor.p99Ms, 2)} ms\n`,
    );
    for (const key of selected) {
      servers.push(await startServerThread(key, database.url));
      process.stdout.write(`  started ${SERVER_LABELS[key]}\n`);
    }
    // A run's notes are its own, even on a reused DATABASE_URL.
    const run = randomInt(0, 0x10000);
    let nextNote = 0;
    const rows: CollabRow[] = [];
    for (const [index, scenario] of scenarios.entries()) {
      const order = index % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const noteIds = Array.from({ length: scenario.notes }, () => benchNoteId(run, nextNote++));
        const measured = await runFanOut(clientsOf(server), () => server.heapBytes(), scenario, noteIds);
        const row = collabRow(scenario, server.key, measured);
        rows.push(row);
        process.stdout.write(progressLine(row));
      }
    }
    const sorted = scenarios.flatMap((s) =>
      selected.flatMap((key) => rows.filter((r) => r.scenario === s.key && r.mode === key)),
    );
    const verdicts = headlines(sorted, scenarios);
    printCollabReport(sorted, verdicts);
    // Each note gets its first paragraph (one edit), then each typing note its warm-up and measured updates.
    const editsSent = scenarios.reduce((sum, s) => sum + s.notes + s.typingNotes * (s.warmupUpdates + s.updates), 0);
    const persisted = await Promise.all(selected.map((key) => persistedLine(admin, key, editsSent)));
    process.stdout.write(`\n${persisted.join('\n')}\n`);
    const file = await writeResults(options.outDir, 'collab', {
      benchmark: 'collab',
      machine,
      database: database.description,
      settings: { ...options, servers: selected, scenarios },
      headline: verdicts,
      commitFloor: floor,
      persisted,
      results: sorted,
    });
    process.stdout.write(`\nresults: ${file}\n`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await admin.end();
    await database.release();
  }
}

function clientsOf(server: CollabServerThread): ConnectClient {
  return server.key === 'ours' ? yWebsocketClients(server) : hocuspocusClients(server);
}

/** `--modes` picks the servers (`ours`, `hocuspocus`, `hocuspocus-durable`); all by default. */
function selectServers(modes: readonly string[] | undefined): CollabServerKey[] {
  if (modes === undefined) return [...COLLAB_SERVER_KEYS];
  const unknown = modes.filter((m) => !(COLLAB_SERVER_KEYS as readonly string[]).includes(m));
  if (unknown.length > 0)
    throw new UsageError(`Unknown collab server ${unknown.join(', ')}; servers: ${COLLAB_SERVER_KEYS.join(', ')}`);
  return COLLAB_SERVER_KEYS.filter((key) => modes.includes(key));
}
