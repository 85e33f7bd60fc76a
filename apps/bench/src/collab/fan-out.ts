import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type * as Y from 'yjs';
import { percentile } from '../lib/measure';
import type { BenchClient, ConnectClient } from './collab-clients';
import { firstParagraphLength, noteBody, typeOneCharacter, writeFirstParagraph } from './note-text';

/** One situation the benchmark puts a server in. */
export interface FanOutScenario {
  /** Stable name for the JSON and the headline, e.g. `1-note-10-editors`. */
  readonly key: string;
  readonly label: string;
  /** Notes open at once. */
  readonly notes: number;
  /** Clients connected to each note (its editors); one of them types, the others receive. */
  readonly clientsPerNote: number;
  /** Notes someone types in (the first ones); the others stay open and idle. */
  readonly typingNotes: number;
  /** Between two updates of one typing editor: a steady rate, not a closed loop. */
  readonly intervalMs: number;
  /** Updates each typing editor sends before the measured ones (not recorded). */
  readonly warmupUpdates: number;
  /** Updates each typing editor sends and every other client of its note times. */
  readonly updates: number;
  /** Whether to measure the server's memory per open note (the heap with the notes open against before). */
  readonly measureMemory: boolean;
}

/** What one scenario measured on one server. */
export interface FanOutMeasurement {
  /** Measured updates sent (all typing editors). */
  readonly updates: number;
  /** Arrivals timed: each measured update at each other client of its note. */
  readonly deliveries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Server heap + external memory per open note, in bytes (null when not measured). */
  readonly memoryPerNoteBytes: number | null;
  /** Seconds to connect and sync every client. */
  readonly connectSeconds: number;
}

/** Text every note starts with: fictional, the same length on both servers. */
const SEED_TEXT = 'Fictional benchmark note: no patient data. ';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ';
/** Clients connecting at once: the servers are asked to open notes, not to survive a connection storm. */
const CONNECT_CONCURRENCY = 25;
const CONVERGE_TIMEOUT_MS = 30_000;

/**
 * Runs one scenario against one server: connect every client of every note, write each note's first paragraph,
 * then let one editor per typing note type one character per update at a steady rate while each other client
 * of the note records when the update arrives (one process, so one clock). Fails, loudly, when any client has
 * not converged to the same document as its note's editor. Every client is closed before it returns.
 */
export async function runFanOut(
  connect: ConnectClient,
  heapBytes: () => Promise<number>,
  scenario: FanOutScenario,
  noteIds: readonly string[],
): Promise<FanOutMeasurement> {
  if (noteIds.length !== scenario.notes) throw new Error(`Expected ${scenario.notes} note ids, got ${noteIds.length}`);
  const heapBefore = scenario.measureMemory ? await heapBytes() : null;
  const notes: BenchClient[][] = noteIds.map(() => []);
  try {
    const connectStart = performance.now();
    await connectAll(connect, noteIds, scenario.clientsPerNote, notes);
    const connectSeconds = (performance.now() - connectStart) / 1000;
    for (const clients of notes) if (clients[0]) writeFirstParagraph(clients[0].doc, SEED_TEXT);
    await convergence(notes, SEED_TEXT.length, 'the first paragraph');

    const total = scenario.warmupUpdates + scenario.updates;
    const typing = notes.slice(0, scenario.typingNotes);
    const latenciesMs: number[] = [];
    const sentAt = typing.map(() => new Float64Array(total + 1));
    typing.forEach((clients, note) => {
      for (const receiver of clients.slice(1))
        timeArrivals(receiver.doc, sentAt[note]!, scenario.warmupUpdates, latenciesMs);
    });
    await Promise.all(
      typing.map((clients, note) =>
        // Editors start spread over one interval, so their updates do not all land in the same millisecond.
        typeSteadily(clients[0]!.doc, sentAt[note]!, scenario.intervalMs, (note * scenario.intervalMs) / typing.length),
      ),
    );
    await convergence(notes.slice(0, scenario.typingNotes), SEED_TEXT.length + total, 'the typed text');
    assertIdentical(notes);
    const expected = scenario.updates * scenario.typingNotes * (scenario.clientsPerNote - 1);
    if (latenciesMs.length !== expected)
      throw new Error(`Timed ${latenciesMs.length} arrivals, expected ${expected}: an update arrived twice or never`);

    const heapAfter = scenario.measureMemory ? await heapBytes() : null;
    const sorted = Float64Array.from(latenciesMs).sort();
    return {
      updates: scenario.updates * scenario.typingNotes,
      deliveries: sorted.length,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
      memoryPerNoteBytes: heapBefore === null || heapAfter === null ? null : (heapAfter - heapBefore) / scenario.notes,
      connectSeconds,
    };
  } finally {
    for (const client of notes.flat()) client.close();
    // Let the server see the disconnects and unload the notes before the next scenario.
    await sleep(1000);
  }
}

async function connectAll(
  connect: ConnectClient,
  noteIds: readonly string[],
  clientsPerNote: number,
  into: BenchClient[][],
): Promise<void> {
  const queue = noteIds.flatMap((noteId, note) => Array.from({ length: clientsPerNote }, () => ({ noteId, note })));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const { noteId, note } = queue[next++]!;
      into[note]!.push(await connect(noteId));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, queue.length) }, worker));
}

/**
 * Records, for every update that arrives at `doc`, the time since its editor sent it. Update k makes the
 * paragraph k characters longer than the seed, so the length says which updates have arrived, even when a
 * provider applies several at once.
 */
function timeArrivals(doc: Y.Doc, sentAt: Float64Array, warmupUpdates: number, into: number[]): void {
  let seen = 0;
  doc.on('update', () => {
    const now = performance.now();
    const arrived = firstParagraphLength(doc) - SEED_TEXT.length;
    for (let k = seen + 1; k <= arrived; k += 1) if (k > warmupUpdates) into.push(now - sentAt[k]!);
    seen = Math.max(seen, arrived);
  });
}

/** Sends update k at `start + offset + (k - 1) × interval`: a steady rate that does not drift with slow timers. */
async function typeSteadily(doc: Y.Doc, sentAt: Float64Array, intervalMs: number, offsetMs: number): Promise<void> {
  const start = performance.now() + offsetMs;
  for (let k = 1; k < sentAt.length; k += 1) {
    const wait = start + (k - 1) * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt[k] = performance.now();
    typeOneCharacter(doc, ALPHABET[k % ALPHABET.length]!);
  }
}

/** Waits until every client of every note holds `length` characters; a client that never does fails the run. */
async function convergence(notes: readonly BenchClient[][], length: number, what: string): Promise<void> {
  const deadline = performance.now() + CONVERGE_TIMEOUT_MS;
  for (;;) {
    const behind = notes.flatMap((clients, note) =>
      clients.map((client, i) => ({ note, i, has: firstParagraphLength(client.doc) })).filter((c) => c.has !== length),
    );
    if (behind.length === 0) return;
    if (performance.now() > deadline) {
      const first = behind[0]!;
      throw new Error(
        `${behind.length} client(s) never received ${what} within ${CONVERGE_TIMEOUT_MS / 1000} s ` +
          `(note ${first.note}, client ${first.i}: ${first.has} of ${length} characters)`,
      );
    }
    await sleep(20);
  }
}

/** Every client of a note must hold exactly the editor's document. */
function assertIdentical(notes: readonly BenchClient[][]): void {
  notes.forEach((clients, note) => {
    const expected = clients[0] ? noteBody(clients[0].doc).toString() : '';
    clients.forEach((client, i) => {
      if (noteBody(client.doc).toString() !== expected)
        throw new Error(`Client ${i} of note ${note} did not converge to its editor's document`);
    });
  });
}
