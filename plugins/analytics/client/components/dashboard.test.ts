import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '$lib/api/types';
import { dashboardFigures, pollWhileVisible, type VisibilitySource } from './dashboard';

const answer: Dashboard = {
  at: '2026-03-10T10:00:00.000Z',
  inPatients: 42,
  bedsInService: 60,
  occupancyPercent: 70,
  appointmentsToday: 130,
  noShowsToday: 4,
  admissionsToday: 9,
  dischargesToday: 7,
  averageLengthOfStayDays: 4.25,
};

describe('dashboardFigures', () => {
  it('labels every figure and writes the values out, occupancy with its beds', () => {
    expect(dashboardFigures(answer).map((f) => [f.label, f.value, f.detail])).toEqual([
      ['In-patients now', '42', undefined],
      ['Bed occupancy', '70 %', '42 of 60 in-service beds occupied'],
      ['Appointments today', '130', undefined],
      ['Did not come today', '4', undefined],
      ['Admissions today', '9', undefined],
      ['Discharges today', '7', undefined],
      ['Average length of stay (last 30 days)', '4.3 days', undefined],
    ]);
  });

  it('says there is no data yet instead of showing a blank or a zero', () => {
    const figures = dashboardFigures({
      ...answer,
      occupancyPercent: null,
      averageLengthOfStayDays: null,
      bedsInService: 0,
      inPatients: 0,
    });
    expect(figures.find((f) => f.key === 'occupancy')?.value).toBe('no data yet');
    expect(figures.find((f) => f.key === 'averageLengthOfStay')?.value).toBe('no data yet');
  });
});

class FakeDocument implements VisibilitySource {
  visibilityState = 'visible';
  private readonly listeners = new Set<() => void>();
  addEventListener(_: string, listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_: string, listener: () => void) {
    this.listeners.delete(listener);
  }
  show(state: 'visible' | 'hidden') {
    this.visibilityState = state;
    for (const l of this.listeners) l();
  }
  get listening() {
    return this.listeners.size;
  }
}

describe('pollWhileVisible', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes at once and then every interval while visible', () => {
    const refresh = vi.fn();
    const stop = pollWhileVisible(refresh, 5000, new FakeDocument());
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(15_000);
    expect(refresh).toHaveBeenCalledTimes(4);
    stop();
  });

  it('asks nothing while the tab is hidden, and refreshes as soon as it is shown again', () => {
    const doc = new FakeDocument();
    const refresh = vi.fn();
    const stop = pollWhileVisible(refresh, 5000, doc);
    doc.show('hidden');
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    doc.show('visible');
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(doc.listening).toBe(0);
  });
});
