/** One published or proposed assignment, as the API answers it. */
export interface GridAssignment {
  readonly wardId: string;
  readonly shiftCode: string;
  readonly date: string;
  readonly employeeId: string;
  readonly skill: string;
}
export interface GridRow {
  readonly date: string;
  readonly shiftCode: string;
  readonly people: readonly { readonly employeeId: string; readonly skill: string }[];
}

/** The roster board's rows: one per date and shift, in date then shift order, with who is on it. */
export function rosterRows(assignments: readonly GridAssignment[]): GridRow[] {
  const rows = new Map<string, { date: string; shiftCode: string; people: { employeeId: string; skill: string }[] }>();
  for (const a of assignments) {
    const key = `${a.date}|${a.shiftCode}`;
    const row = rows.get(key) ?? { date: a.date, shiftCode: a.shiftCode, people: [] };
    row.people.push({ employeeId: a.employeeId, skill: a.skill });
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || a.shiftCode.localeCompare(b.shiftCode));
}

/** The Monday of the week of `date` (YYYY-MM-DD), and the Sunday after it. */
export function weekOf(date: string): { from: string; to: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}

/** Weekdays (Monday to Friday) from `from` to `to` inclusive: the days a leave request suggests by default. */
export function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
