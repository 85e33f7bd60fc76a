/** A weekly availability window as the patient plugin publishes it (local wall-clock times). */
export interface WeeklyWindow {
  readonly dayOfWeek: string;
  readonly start: string;
  readonly end: string;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Minutes a practitioner offered from `from` to `to` (local dates, both included): the weekly windows of each
 * day's weekday, except on days inside an exception (away). Wall-clock minutes: a window on a daylight-saving
 * change day still counts its nominal length, as the clinic plans it.
 */
export function offeredMinutes(
  windows: readonly WeeklyWindow[],
  away: readonly { from_day: string; to_day: string }[],
  from: string,
  to: string,
): number {
  const perWeekday = new Map<string, number>();
  for (const w of windows)
    perWeekday.set(w.dayOfWeek, (perWeekday.get(w.dayOfWeek) ?? 0) + minutesOf(w.end) - minutesOf(w.start));
  let total = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (away.some((a) => a.from_day <= day && day <= a.to_day)) continue;
    total += perWeekday.get(DAYS[new Date(t).getUTCDay()]!) ?? 0;
  }
  return total;
}
