import { parseCommandLine } from '../lib/options';
import { collabScenarios, MANY_NOTES_INTERVAL_MS, ONE_NOTE_INTERVAL_MS } from './collab-scenarios';

describe('collab scenarios', () => {
  it('runs each editor count on one note, then the open notes with one in ten typing, all for the same time', () => {
    const { options } = parseCommandLine([
      'collab',
      '--editors',
      '2,10',
      '--notes',
      '500',
      '--updates',
      '100',
      '--warmup',
      '1',
    ]);
    const scenarios = collabScenarios(options);

    expect(
      scenarios.map((s) => [
        s.key,
        s.notes,
        s.clientsPerNote,
        s.typingNotes,
        s.updates,
        s.warmupUpdates,
        s.measureMemory,
      ]),
    ).toEqual([
      ['1-note-2-editors', 1, 2, 1, 100, 50, false],
      ['1-note-10-editors', 1, 10, 1, 100, 50, false],
      ['500-notes', 500, 2, 50, 10, 5, true],
    ]);
    const typingMs = scenarios.map((s) => s.updates * s.intervalMs);
    expect(new Set(typingMs)).toEqual(new Set([100 * ONE_NOTE_INTERVAL_MS]));
    expect(scenarios[2]?.intervalMs).toBe(MANY_NOTES_INTERVAL_MS);
  });

  it('defaults to 2, 10 and 50 editors and 500 notes, and skips the open notes at --notes 0', () => {
    expect(collabScenarios(parseCommandLine(['collab']).options).map((s) => s.key)).toEqual([
      '1-note-2-editors',
      '1-note-10-editors',
      '1-note-50-editors',
      '500-notes',
    ]);
    expect(collabScenarios(parseCommandLine(['collab', '--notes', '0']).options).map((s) => s.key)).toEqual([
      '1-note-2-editors',
      '1-note-10-editors',
      '1-note-50-editors',
    ]);
  });

  it('refuses a note with fewer than two editors (nobody would receive)', () => {
    expect(() => parseCommandLine(['collab', '--editors', '1,10'])).toThrow('--editors expects integers ≥ 2');
  });
});
