import { RevisionTracker } from './revision-tracker';

describe(RevisionTracker.name, () => {
  it('advances over contiguous ranges', () => {
    const tracker = new RevisionTracker();
    expect(tracker.record(0, 3)).toBe(false);
    expect(tracker.record(3, 5)).toBe(false);
    expect(tracker.revision).toBe(5);
  });

  it('holds ranges past a gap until the gap is filled, in any order', () => {
    const tracker = new RevisionTracker();
    tracker.record(0, 2);
    expect(tracker.record(5, 7)).toBe(true);
    expect(tracker.record(3, 5)).toBe(true);
    expect(tracker.revision).toBe(2);
    expect(tracker.record(2, 3)).toBe(false);
    expect(tracker.revision).toBe(7);
  });

  it('ignores ranges already applied and jumps forward on a catch-up', () => {
    const tracker = new RevisionTracker();
    tracker.record(4, 6);
    expect(tracker.record(0, 9)).toBe(false);
    expect(tracker.record(2, 3)).toBe(false);
    expect(tracker.revision).toBe(9);
    expect(tracker.hasGap).toBe(false);
  });
});
