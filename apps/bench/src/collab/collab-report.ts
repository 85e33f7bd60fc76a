import type { BenchOptions } from '../lib/options';
import { machineLines, printReport } from '../lib/report';
import type { MachineInfo } from '../lib/results';
import { fixed, type Column } from '../lib/table';
import type { CollabServerKey } from './collab-server.protocol';
import type { FanOutMeasurement, FanOutScenario } from './fan-out';

/** One cell: a scenario on one server. */
export interface CollabRow extends FanOutMeasurement {
  readonly scenario: string;
  readonly mode: CollabServerKey;
  readonly label: string;
  readonly notes: number;
  /** Editors connected to each note. */
  readonly clients: number;
  readonly typingNotes: number;
  /** Measured updates sent per second, all typing editors together. */
  readonly opsPerSec: number;
}

/** A scenario's verdict: our p99 against Hocuspocus's (target: at or below it). */
export interface CollabHeadline {
  readonly scenario: string;
  readonly label: string;
  readonly oursP99Ms: number;
  readonly hocuspocusP99Ms: number;
  /** Ours over Hocuspocus's; ≤ 1 meets the target. */
  readonly ratio: number;
  readonly met: boolean;
  /** Hocuspocus waiting for a durable write before each message, when measured: the persist-before-relay floor. */
  readonly durableHocuspocusP99Ms: number | null;
  /** Ours over that yardstick: ≤ 1 means our engine adds nothing to what the durable write itself costs. */
  readonly ratioToDurable: number | null;
}

export const SERVER_LABELS: Readonly<Record<CollabServerKey, string>> = {
  ours: 'ours (y-websocket, persist before relay)',
  hocuspocus: 'Hocuspocus 3.4.4 (Database ext., 2 s debounce)',
  'hocuspocus-durable': 'yardstick: Hocuspocus 3.4.4 + durable INSERT before each message',
};

const COLUMNS: readonly Column[] = [
  { header: 'scenario', align: 'left' },
  { header: 'server', align: 'left' },
  { header: 'editors/note' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'max ms' },
  { header: 'updates' },
  { header: 'arrivals' },
  { header: 'memory/note KiB' },
];

export function collabRow(scenario: FanOutScenario, server: CollabServerKey, measured: FanOutMeasurement): CollabRow {
  return {
    scenario: scenario.key,
    mode: server,
    label: `${scenario.label}, ${server}`,
    notes: scenario.notes,
    clients: scenario.clientsPerNote,
    typingNotes: scenario.typingNotes,
    opsPerSec: (scenario.typingNotes * 1000) / scenario.intervalMs,
    ...measured,
  };
}

/** Per scenario measured on both servers: our p99 over Hocuspocus's. */
export function headlines(rows: readonly CollabRow[], scenarios: readonly FanOutScenario[]): CollabHeadline[] {
  return scenarios.flatMap((scenario) => {
    const ours = rows.find((r) => r.scenario === scenario.key && r.mode === 'ours');
    const theirs = rows.find((r) => r.scenario === scenario.key && r.mode === 'hocuspocus');
    const durable = rows.find((r) => r.scenario === scenario.key && r.mode === 'hocuspocus-durable');
    if (!ours || !theirs) return [];
    const ratio = ours.p99Ms / theirs.p99Ms;
    return [
      {
        scenario: scenario.key,
        label: scenario.label,
        oursP99Ms: ours.p99Ms,
        hocuspocusP99Ms: theirs.p99Ms,
        ratio,
        met: ratio <= 1,
        durableHocuspocusP99Ms: durable?.p99Ms ?? null,
        ratioToDurable: durable ? ours.p99Ms / durable.p99Ms : null,
      },
    ];
  });
}

export function printCollabReport(rows: readonly CollabRow[], verdicts: readonly CollabHeadline[]): void {
  const scenarioLabel = (row: CollabRow): string => row.label.slice(0, row.label.lastIndexOf(','));
  const cells = rows.map((r) => [
    scenarioLabel(r),
    SERVER_LABELS[r.mode],
    String(r.clients),
    fixed(r.p50Ms, 2),
    fixed(r.p99Ms, 2),
    fixed(r.maxMs, 1),
    String(r.updates),
    String(r.deliveries),
    r.memoryPerNoteBytes === null ? '–' : fixed(r.memoryPerNoteBytes / 1024, 1),
  ]);
  printReport(COLUMNS, rows, cells, [
    'latency: from the editor applying an update to another client of the note applying it (one process, one',
    '  clock); p50/p99/max over every arrival of every measured update.',
    'updates: measured updates sent (warm-up excluded); arrivals: those updates as timed at the other clients.',
    "memory/note: the server thread's heap + external memory after full GCs with every note open and typed in,",
    '  minus before, over the notes open (2 clients each); the clients live in another thread and are not counted.',
    'yardstick: Hocuspocus awaiting one autocommit INSERT of each incoming message before it handles it, on the',
    '  same database: what persisting before relaying costs on this machine with the relay code held equal.',
    ...verdicts.map(
      (v) =>
        `headline, ${v.label}: ours p99 ${fixed(v.oursP99Ms, 2)} ms vs Hocuspocus ${fixed(v.hocuspocusP99Ms, 2)} ms ` +
        `(×${fixed(v.ratio, 2)}): target ${v.met ? 'met' : 'MISSED'}` +
        (v.durableHocuspocusP99Ms === null || v.ratioToDurable === null
          ? ''
          : `; vs the durable yardstick ${fixed(v.durableHocuspocusP99Ms, 2)} ms (×${fixed(v.ratioToDurable, 2)})`),
    ),
  ]);
}

export function preamble(
  machine: MachineInfo,
  database: string,
  options: BenchOptions,
  scenarios: readonly FanOutScenario[],
): string {
  return [
    'collab: update fan-out latency from one editor to the other clients of a note, and server memory per open',
    '  note, ours beside Hocuspocus with persistence on, in the same run, on the same PostgreSQL',
    // The shared lines without the closed-loop load line (this benchmark types at a steady rate).
    ...machineLines(machine, database, options, 0).slice(0, 3),
    `load: each server in its own thread; stock clients in the main thread; ${options.warmupS} s of unmeasured typing first`,
    ...scenarios.map(
      (s) =>
        `scenario ${s.label}: ${s.clientsPerNote} clients per note, ${s.typingNotes} typing at ${1000 / s.intervalMs} ` +
        `updates/s each, ${s.updates} measured updates each`,
    ),
    '',
  ].join('\n');
}

export function progressLine(row: CollabRow): string {
  const memory = row.memoryPerNoteBytes === null ? '' : `  ${fixed(row.memoryPerNoteBytes / 1024, 1)} KiB/note`;
  return (
    `  ${row.label.padEnd(40)} p50 ${fixed(row.p50Ms, 2)} ms  p99 ${fixed(row.p99Ms, 2)} ms  max ${fixed(row.maxMs, 1)} ms  ` +
    `${row.deliveries} arrivals  connected in ${fixed(row.connectSeconds, 1)} s${memory}\n`
  );
}
