import type { CollabServerKey } from './collab-server.protocol';
import { collabRow, headlines } from './collab-report';
import type { FanOutMeasurement, FanOutScenario } from './fan-out';

const scenario = (key: string): FanOutScenario => ({
  key,
  label: key,
  notes: 1,
  clientsPerNote: 2,
  typingNotes: 1,
  intervalMs: 20,
  warmupUpdates: 0,
  updates: 10,
  measureMemory: false,
});
const measured = (p99Ms: number): FanOutMeasurement => ({
  updates: 10,
  deliveries: 10,
  p50Ms: 1,
  p99Ms,
  maxMs: p99Ms,
  memoryPerNoteBytes: null,
  connectSeconds: 0,
});
const row = (key: string, server: CollabServerKey, p99Ms: number) => collabRow(scenario(key), server, measured(p99Ms));

describe('collab headline', () => {
  it("compares our p99 with Hocuspocus's per scenario: at or below meets the target", () => {
    const rows = [
      row('a', 'ours', 4),
      row('a', 'hocuspocus', 8),
      row('b', 'hocuspocus', 2),
      row('b', 'ours', 3),
      row('c', 'ours', 1),
    ];

    expect(headlines(rows, [scenario('a'), scenario('b'), scenario('c')])).toEqual([
      {
        scenario: 'a',
        label: 'a',
        oursP99Ms: 4,
        hocuspocusP99Ms: 8,
        ratio: 0.5,
        met: true,
        durableHocuspocusP99Ms: null,
        ratioToDurable: null,
      },
      {
        scenario: 'b',
        label: 'b',
        oursP99Ms: 3,
        hocuspocusP99Ms: 2,
        ratio: 1.5,
        met: false,
        durableHocuspocusP99Ms: null,
        ratioToDurable: null,
      },
    ]);
  });

  it('reads ours against the durable yardstick too, when it was measured', () => {
    const rows = [row('a', 'ours', 6), row('a', 'hocuspocus', 4), row('a', 'hocuspocus-durable', 8)];

    expect(headlines(rows, [scenario('a')])).toEqual([
      {
        scenario: 'a',
        label: 'a',
        oursP99Ms: 6,
        hocuspocusP99Ms: 4,
        ratio: 1.5,
        met: false,
        durableHocuspocusP99Ms: 8,
        ratioToDurable: 0.75,
      },
    ]);
  });

  it('gives the send rate of all typing editors together', () => {
    expect(collabRow({ ...scenario('m'), typingNotes: 50, intervalMs: 200 }, 'ours', measured(1)).opsPerSec).toBe(250);
  });
});
