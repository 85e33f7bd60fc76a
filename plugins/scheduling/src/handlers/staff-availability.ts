import { InvariantViolation, localDateOf, type QueryContext } from '@hms/sdk';
import { GetPractitionerAvailability, type PractitionerAvailability } from '@hms/plugin-staff/contracts';
import { PRACTITIONER_AWAY } from '../errors';

type StaffAnswer = PractitionerAvailability['items'][number];
/** What staff says of each practitioner's days within the asked range. */
export type StaffDaysOff = ReadonlyMap<string, StaffAnswer>;
/** Why a practitioner may not be booked at a time: staff's reasons, or outside their rostered hours. */
export type AwayReason = StaffAnswer['unavailable'][number]['reason'] | 'not-rostered';

/**
 * Asks staff, when enabled, about [from, to]: the days the practitioners may not work (approved leave, no valid
 * licence, not employed) and the published rosters they are on. Without staff nothing is blocked here (schedule
 * exceptions still are). A practitioner staff does not know (a schedule from before staff was enabled, not yet
 * brought in) is not blocked either, so an existing installation keeps booking until HR hires them under that id.
 */
export async function staffDaysOff(
  ctx: QueryContext,
  practitionerIds: readonly string[],
  from: string,
  to: string,
): Promise<StaffDaysOff> {
  const unique = [...new Set(practitionerIds)];
  if (!ctx.isEnabled('staff') || unique.length === 0) return new Map();
  const days = new Map<string, StaffAnswer>();
  for (let i = 0; i < unique.length; i += 200) {
    const ids = unique.slice(i, i + 200);
    const { items } = await ctx.ask(GetPractitionerAvailability, { practitionerIds: ids, from, to });
    for (const item of items) days.set(item.practitionerId, item);
  }
  return days;
}

/**
 * Why the practitioner may not see a patient from `start` to `end` (epoch ms), or undefined when they may. The
 * rule: a day staff marks off (approved leave, lapsed licence, not employed) is never bookable; on a date inside a
 * published roster the practitioner is on, only time wholly inside one of their rostered windows is (a day off in
 * that period offers nothing); elsewhere the schedule alone decides. The date is the schedule's local date.
 */
export function awayAt(
  daysOff: StaffDaysOff,
  practitionerId: string,
  slot: { start: number; end: number },
  timeZone: string,
): AwayReason | undefined {
  const staff = daysOff.get(practitionerId);
  if (staff === undefined) return undefined;
  const date = localDateOf(slot.start, timeZone);
  const off = staff.unavailable.find((d) => d.from <= date && date <= d.to);
  if (off !== undefined) return off.reason;
  const rostered = staff.rostered.filter((r) => r.from <= date && date <= r.to);
  if (rostered.length === 0) return undefined;
  const inside = rostered.some((r) =>
    r.windows.some((w) => Date.parse(w.start) <= slot.start && slot.end <= Date.parse(w.end)),
  );
  return inside ? undefined : 'not-rostered';
}

const AWAY_MESSAGES: Record<AwayReason, string> = {
  leave: 'The practitioner is on leave that day. Choose a time from the free slots.',
  'licence-expired': "The practitioner's registration has lapsed by that day: they cannot be booked.",
  'not-employed': 'The practitioner is not employed on that day.',
  'not-rostered': 'The practitioner is not rostered at that time. Choose a time from the free slots.',
};

/** A booking (or a move) when the practitioner may not work is refused before anything is written. */
export async function requirePractitionerAtWork(
  ctx: QueryContext,
  practitionerId: string,
  timeZone: string,
  slot: { start: number; end: number },
): Promise<void> {
  const date = localDateOf(slot.start, timeZone);
  const reason = awayAt(await staffDaysOff(ctx, [practitionerId], date, date), practitionerId, slot, timeZone);
  if (reason !== undefined) {
    throw new InvariantViolation(
      PRACTITIONER_AWAY,
      { practitionerId, date, reason },
      { message: AWAY_MESSAGES[reason] },
    );
  }
}
