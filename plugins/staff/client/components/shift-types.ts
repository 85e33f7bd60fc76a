/** A shift type as the set-up screen edits it: the server's fields, with the staffing minimums as one line of text. */
export interface ShiftTypeDraft {
  code: string;
  start: string;
  end: string;
  unpaidBreakMinutes: number;
  /** "rn 2, hca 1": at least 2 registered nurses and 1 healthcare assistant. */
  requirements: string;
  /** The ISO weekdays it runs on, as the server had them (not edited here, but kept: saving replaces the set). */
  weekdays?: number[];
}

/** One staffing minimum: a skill and how many people with it at least. */
export interface Requirement {
  readonly skill: string;
  readonly min: number;
}

const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * The paid hours of a shift from `start` to `end` (wall-clock "HH:MM"; an end at or before the start is the next
 * day, as the roster reads it) less its unpaid break, to the quarter hour; null while a time is incomplete.
 */
export function paidHours(start: string, end: string, unpaidBreakMinutes: number): number | null {
  if (!/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end)) return null;
  let length = minutesOf(end) - minutesOf(start);
  if (length <= 0) length += 24 * 60;
  return Math.round(((length - unpaidBreakMinutes) / 60) * 4) / 4;
}

/** "rn 2, hca 1" → the minimums; null when a part is not "skill number" with a whole number of at least 1. */
export function parseRequirements(text: string): Requirement[] | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const parsed = parts.map((part) => /^(\S+)\s+(\d{1,2})$/.exec(part));
  if (parsed.length === 0 || parsed.some((match) => match === null || Number(match[2]) < 1)) return null;
  return parsed.map((match) => ({ skill: match![1]!, min: Number(match![2]) }));
}

/** The minimums as the screen shows them: "rn 2, hca 1". */
export const formatRequirements = (requirements: readonly Requirement[]): string =>
  requirements.map((r) => `${r.skill} ${r.min}`).join(', ');
