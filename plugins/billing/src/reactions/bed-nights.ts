const DAY_MS = 86_400_000;

/**
 * The nights a bed was occupied: one for each midnight (UTC) the patient was in the bed, from taking it (included)
 * to leaving it (excluded). Each night is dated by the day it began. So the day of discharge is never charged
 * unless the patient is still in the bed at its midnight, a stay that crosses no midnight is charged no bed-day,
 * and a patient moved before midnight is charged the night by the bed (and ward) they are in at midnight.
 */
export function bedNights(occupiedAt: Date, vacatedAt: Date): string[] {
  const nights: string[] = [];
  const firstMidnight =
    Math.floor(occupiedAt.getTime() / DAY_MS) * DAY_MS + (occupiedAt.getTime() % DAY_MS === 0 ? 0 : DAY_MS);
  for (let midnight = firstMidnight; midnight < vacatedAt.getTime(); midnight += DAY_MS) {
    nights.push(new Date(midnight - DAY_MS).toISOString().slice(0, 10));
  }
  return nights;
}
