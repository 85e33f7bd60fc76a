/** One person's mandatory courses, as `GET /api/staff/training/compliance` lists them. */
interface PersonCompliance {
  readonly courses: readonly { readonly courseCode: string; readonly status: string }[];
}

/** The mandatory courses anyone in the list needs, in order: the table's columns. */
export function courseCodes(people: readonly PersonCompliance[]): string[] {
  return [...new Set(people.flatMap((p) => p.courses.map((c) => c.courseCode)))].sort();
}

/** How many mandatory courses are in date (due soon counts), due soon, overdue (expired or never done), of all. */
export function complianceSummary(people: readonly PersonCompliance[]): {
  inDate: number;
  dueSoon: number;
  overdue: number;
  required: number;
} {
  const all = people.flatMap((p) => p.courses);
  const count = (...statuses: string[]) => all.filter((c) => statuses.includes(c.status)).length;
  return {
    inDate: count('compliant', 'due-soon'),
    dueSoon: count('due-soon'),
    overdue: count('expired', 'missing'),
    required: all.length,
  };
}
