import { messages as msg } from '../messages';

/** A pay period is a calendar month: its first and last day from "2027-03". */
export function monthPeriod(month: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const [, year = '', mm = ''] = match;
  const m = Number(mm);
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

/** The month before the one of `today` ("2027-04-02" → "2027-03"): the period a payroll officer usually runs. */
export function previousMonth(today: string): string {
  const [year = 0, month = 1] = today.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 2, 1));
  return d.toISOString().slice(0, 7);
}

/** What a run's progress bar says: "Run 3: 40 % (80 of 200)" while running, or how it ended. */
export function progressText(progress: {
  run: number;
  status: 'running' | 'completed' | 'failed' | 'superseded';
  done: number;
  total: number;
  percent: number;
  error: string | null;
}): string {
  const says = msg.payroll.runProgress;
  switch (progress.status) {
    case 'running':
      return progress.total > 0
        ? says.running(progress.run, progress.percent, progress.done, progress.total)
        : says.starting(progress.run);
    case 'completed':
      return says.completed(progress.run);
    case 'failed':
      return says.failed(progress.run, progress.error);
    default:
      return says.superseded(progress.run);
  }
}

/** Whether the screen should keep asking: a run is still being calculated somewhere in the list. */
export const anyRunning = (runs: readonly { progress: { status: string } | null }[]): boolean =>
  runs.some((r) => r.progress?.status === 'running');
