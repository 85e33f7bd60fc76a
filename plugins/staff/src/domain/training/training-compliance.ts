/** A course and who must hold it: "BLS every 12 months for every nurse". */
export interface CourseRequirement {
  readonly courseCode: string;
  /** How long a completion counts; null: once is enough. */
  readonly validForMonths: number | null;
  /** The positions (job titles) for which it is mandatory. */
  readonly mandatoryFor: readonly string[];
}

export interface CourseCompliance {
  readonly courseCode: string;
  readonly status: 'compliant' | 'due-soon' | 'expired' | 'missing';
  /** The last day the latest completion counts (null: never expires, or never completed). */
  readonly validUntil: string | null;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * Mandatory training for a position on `asOf`: each required course is compliant, due soon (expires within
 * `dueSoonDays`), expired, or missing. Only the latest completion of a course counts.
 */
export function trainingCompliance(
  requirements: readonly CourseRequirement[],
  completions: readonly { readonly courseCode: string; readonly completedOn: string }[],
  position: string,
  asOf: string,
  dueSoonDays = 30,
): CourseCompliance[] {
  const soon = new Date(Date.parse(`${asOf}T00:00:00Z`) + dueSoonDays * 86_400_000).toISOString().slice(0, 10);
  return requirements
    .filter((r) => r.mandatoryFor.includes(position))
    .map((r) => {
      const latest = completions
        .filter((c) => c.courseCode === r.courseCode)
        .map((c) => c.completedOn)
        .sort()
        .at(-1);
      if (latest === undefined) return { courseCode: r.courseCode, status: 'missing', validUntil: null };
      if (r.validForMonths === null) return { courseCode: r.courseCode, status: 'compliant', validUntil: null };
      // A completion on 15 March valid for 12 months counts through 14 March next year.
      const validUntil = new Date(Date.parse(`${addMonths(latest, r.validForMonths)}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const status = validUntil < asOf ? 'expired' : validUntil <= soon ? 'due-soon' : 'compliant';
      return { courseCode: r.courseCode, status, validUntil };
    });
}
