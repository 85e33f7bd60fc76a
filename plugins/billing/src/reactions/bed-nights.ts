import { addDays, localDateOf, zonedInstant } from '@hms/sdk';

/**
 * The nights a bed was occupied: one for each midnight, on the hospital's clock (`timeZone`, IANA, default UTC),
 * that the patient was in the bed, from taking it (included) to leaving it (excluded). Each night is dated by the
 * day it began. So the day of discharge is never charged unless the patient is still in the bed at its midnight, a
 * stay that crosses no midnight is charged no bed-day, and a patient moved before midnight is charged the night by
 * the bed (and ward) they are in at midnight. Midnights are the zone's own: a day of 23 or 25 hours (a clock
 * change) is one night, and a midnight a clock change skips is counted at the instant the day begins instead.
 */
export function bedNights(occupiedAt: Date, vacatedAt: Date, timeZone = 'UTC'): string[] {
  const nights: string[] = [];
  const taken = occupiedAt.getTime();
  const takenOn = localDateOf(taken, timeZone);
  // The first midnight in the bed: the start of the day it was taken, if taken exactly then, else the next one.
  let day = zonedInstant(takenOn, '00:00', timeZone) === taken ? takenOn : addDays(takenOn, 1);
  for (; zonedInstant(day, '00:00', timeZone) < vacatedAt.getTime(); day = addDays(day, 1)) {
    nights.push(addDays(day, -1));
  }
  return nights;
}
