import { FAULT_KINDS, runChaos } from './chaos-run';

/**
 * The chaos test's short version in CI: one cycle of each fault (an API process and the worker SIGKILLed, Redis
 * SIGKILLed and started again on its append-only file, PostgreSQL restarted in immediate mode) under registrations,
 * report requests and a note being typed. `pnpm bench chaos --cycles 100` is the nightly-length run.
 */
describe('the cluster under faults', () => {
  it('loses no acknowledged registration, duplicates none, converges the note and finishes every report run', async () => {
    const counts = await runChaos({
      cycles: FAULT_KINDS.length,
      faults: FAULT_KINDS,
      clients: 4,
      settleMs: 1_500,
      onLine: () => undefined,
    });
    expect(counts.faults).toEqual({ api: 1, worker: 1, redis: 1, postgres: 1 });
    expect(counts.registrations.attempted).toBeGreaterThan(counts.registrations.retried);
    expect(counts.registrations.lost).toBe(0);
    expect(counts.registrations.duplicates).toBe(0);
    expect(counts.note).toEqual({ lines: counts.note.lines, missing: 0, converged: true });
    expect(counts.note.lines).toBeGreaterThan(0);
    expect(counts.reports.requested).toBeGreaterThan(0);
    expect(counts.reports).toEqual({ ...counts.reports, failed: 0, unfinished: 0, unfinishedStatuses: [] });
  }, 400_000);
});
