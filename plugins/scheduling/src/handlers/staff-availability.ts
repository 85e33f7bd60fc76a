import { InvariantViolation, localDateOf, type QueryContext } from '@hms/sdk';
import { GetPractitionerAvailability, type Unavailability } from '@hms/plugin-staff/contracts';
import { PRACTITIONER_AWAY } from '../errors';

/** For each practitioner, the local dates staff says they may not work, within the asked range. */
export type StaffDaysOff = ReadonlyMap<string, readonly Unavailability[]>;

/**
 * Asks staff, when enabled, which of [from, to] the practitioners may not work: approved leave, no valid licence,
 * not employed. Approved leave always blocks. Without staff nothing is blocked here (schedule exceptions still
 * are). A practitioner staff does not know (a schedule from before staff was enabled, not yet linked) is not
 * blocked either, so an existing installation keeps booking until HR brings them in.
 */
export async function staffDaysOff(
  ctx: QueryContext,
  practitionerIds: readonly string[],
  from: string,
  to: string,
): Promise<StaffDaysOff> {
  const unique = [...new Set(practitionerIds)];
  if (!ctx.isEnabled('staff') || unique.length === 0) return new Map();
  const days = new Map<string, readonly Unavailability[]>();
  for (let i = 0; i < unique.length; i += 200) {
    const { items } = await ctx.ask(GetPractitionerAvailability, {
      practitionerIds: unique.slice(i, i + 200),
      from,
      to,
    });
    for (const item of items) days.set(item.practitionerId, item.unavailable);
  }
  return days;
}

/** Why the practitioner is away on the local date of `at` in `timeZone`, or undefined when they may work. */
export function awayAt(
  daysOff: StaffDaysOff,
  practitionerId: string,
  at: number,
  timeZone: string,
): Unavailability | undefined {
  const date = localDateOf(at, timeZone);
  return daysOff.get(practitionerId)?.find((d) => d.from <= date && date <= d.to);
}

const AWAY_MESSAGES: Record<Unavailability['reason'], string> = {
  leave: 'The practitioner is on leave that day. Choose a time from the free slots.',
  'licence-expired': "The practitioner's registration has lapsed by that day: they cannot be booked.",
  'not-employed': 'The practitioner is not employed on that day.',
};

/** A booking (or a move) on a day the practitioner may not work is refused before anything is written. */
export async function requirePractitionerAtWork(
  ctx: QueryContext,
  practitionerId: string,
  timeZone: string,
  startsAt: string,
): Promise<void> {
  const at = Date.parse(startsAt);
  const date = localDateOf(at, timeZone);
  const away = awayAt(await staffDaysOff(ctx, [practitionerId], date, date), practitionerId, at, timeZone);
  if (away !== undefined) {
    throw new InvariantViolation(
      PRACTITIONER_AWAY,
      { practitionerId, date, reason: away.reason },
      { message: AWAY_MESSAGES[away.reason] },
    );
  }
}
