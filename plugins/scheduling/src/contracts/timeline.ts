import type { TimelineDescription, TimelineValue } from '@hms/sdk';

/**
 * How this plugin's appointment and waiting-list events show on the patient's timeline: when it happened and
 * ids, codes and times only. Free text (a cancellation note, an admission's details) stays in its own record.
 */
export function patientEntry(
  patientId: string,
  at: string,
  summary: Readonly<Record<string, TimelineValue | undefined>>,
): TimelineDescription {
  const defined = Object.entries(summary).filter((entry): entry is [string, TimelineValue] => entry[1] !== undefined);
  return { patientId, at, summary: Object.fromEntries(defined) };
}
