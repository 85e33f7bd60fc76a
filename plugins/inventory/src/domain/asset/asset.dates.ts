/** `2026-03-01` plus `days` whole days, as a calendar date (no time zone shifts: computed in UTC). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
