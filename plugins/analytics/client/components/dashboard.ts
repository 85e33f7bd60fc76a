import { currentLocale } from '@hms/sdk/client';
import type { Dashboard } from '$lib/api/types';
import { messages as msg } from '../messages';

/** One headline figure: a label, the value in words and numbers (never colour alone), and an optional detail. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
}

const number = (n: number, digits = 0) =>
  n.toLocaleString(currentLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The dashboard's answer as the figures a manager reads, in a fixed order. */
export function dashboardFigures(d: Dashboard): Figure[] {
  const d_ = msg.dashboard;
  return [
    { key: 'inPatients', label: d_.inPatients, value: number(d.inPatients) },
    {
      key: 'occupancy',
      label: d_.occupancy,
      value: d.occupancyPercent === null ? d_.notAvailable : `${number(d.occupancyPercent)} %`,
      detail: d_.occupancyDetail(d.inPatients, d.bedsInService),
    },
    { key: 'appointmentsToday', label: d_.appointmentsToday, value: number(d.appointmentsToday) },
    { key: 'noShowsToday', label: d_.noShowsToday, value: number(d.noShowsToday) },
    { key: 'admissionsToday', label: d_.admissionsToday, value: number(d.admissionsToday) },
    { key: 'dischargesToday', label: d_.dischargesToday, value: number(d.dischargesToday) },
    {
      key: 'averageLengthOfStay',
      label: d_.averageLengthOfStay,
      value: d.averageLengthOfStayDays === null ? d_.notAvailable : d_.days(number(d.averageLengthOfStayDays, 1)),
    },
  ];
}

/** The part of `document` the poller uses (a fake one in tests). */
export interface VisibilitySource {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * Calls `refresh` now and every `intervalMs` while the page is visible; a hidden tab asks nothing (a ward PC left
 * on the dashboard all night costs the server nothing), and refreshes at once when it is shown again.
 */
export function pollWhileVisible(refresh: () => void, intervalMs: number, doc: VisibilitySource): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const start = () => {
    if (timer !== undefined) return;
    refresh();
    timer = setInterval(refresh, intervalMs);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const onChange = () => (doc.visibilityState === 'visible' ? start() : stop());
  doc.addEventListener('visibilitychange', onChange);
  onChange();
  return () => {
    stop();
    doc.removeEventListener('visibilitychange', onChange);
  };
}
