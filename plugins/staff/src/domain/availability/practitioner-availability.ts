import { addDays } from '@hms/sdk';

/** Local dates, inclusive. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}
export type UnavailableReason = 'leave' | 'licence-expired' | 'not-employed';
export interface UnavailableRange extends DateRange {
  readonly reason: UnavailableReason;
}

/** What staff knows of one person that decides whether they may work on a date. */
export interface WorkFacts {
  readonly firstDay: string;
  readonly lastDay: string | null;
  /** Approved leave only: pending leave blocks nothing. */
  readonly approvedLeave: readonly DateRange[];
  /** Each licence's validity, valid_from through expires_on. */
  readonly licences: readonly DateRange[];
}

/**
 * The stretches of `range` a practitioner may not work, earliest first. Not employed before the first contract
 * term or after the last day; on approved leave; and, for someone with registrations on file, on any day none of
 * them is valid (a doctor whose GMC registration lapsed). Someone with no licence on file is not blocked for it:
 * the roles that need none (a healthcare assistant) and records brought in before their registration is entered
 * would otherwise vanish from every calendar. Overlapping reasons are all listed.
 */
export function unavailableRanges(facts: WorkFacts, range: DateRange): UnavailableRange[] {
  const out: UnavailableRange[] = [];
  const push = (from: string, to: string, reason: UnavailableReason): void => {
    const clipped = clip({ from, to }, range);
    if (clipped) out.push({ ...clipped, reason });
  };
  if (range.from < facts.firstDay) push(range.from, addDays(facts.firstDay, -1), 'not-employed');
  if (facts.lastDay !== null && facts.lastDay < range.to) push(addDays(facts.lastDay, 1), range.to, 'not-employed');
  for (const leave of facts.approvedLeave) push(leave.from, leave.to, 'leave');
  if (facts.licences.length > 0) {
    for (const gap of uncovered(facts.licences, range)) push(gap.from, gap.to, 'licence-expired');
  }
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.reason.localeCompare(b.reason));
}

/** Whether `date` falls in any of the ranges. */
export const isBlocked = (ranges: readonly DateRange[], date: string): boolean =>
  ranges.some((r) => r.from <= date && date <= r.to);

function clip(r: DateRange, within: DateRange): DateRange | undefined {
  const from = r.from > within.from ? r.from : within.from;
  const to = r.to < within.to ? r.to : within.to;
  return from <= to ? { from, to } : undefined;
}

/** The parts of `range` no cover range reaches. */
function uncovered(covers: readonly DateRange[], range: DateRange): DateRange[] {
  const sorted = [...covers].sort((a, b) => a.from.localeCompare(b.from));
  const gaps: DateRange[] = [];
  let next = range.from; // the first date not yet known to be covered
  for (const cover of sorted) {
    if (next > range.to) break;
    if (cover.to < next) continue;
    if (cover.from > next) gaps.push({ from: next, to: addDays(cover.from, -1) });
    next = addDays(cover.to, 1) > next ? addDays(cover.to, 1) : next;
  }
  if (next <= range.to) gaps.push({ from: next, to: range.to });
  return gaps.map((g) => clip(g, range)).filter((g): g is DateRange => g !== undefined);
}
