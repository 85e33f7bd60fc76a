import type { TimelineDescription, TimelineValue } from '@hms/sdk';
import { CHART_READ, NOTE_READ } from './permissions';

/**
 * How the EHR's events show on a patient's timeline (the patient plugin's, or any that takes timeline events):
 * ids, codes and statuses only. Drug names, substances, values, reasons and note text stay in the chart, behind
 * its own permissions; a clinical entry is visible only to a reader holding the chart's (or the notes') read
 * permission, so the front desk sees that a visit happened but not what was found.
 */
type Summary = Record<string, TimelineValue | undefined>;

/** A clinical fact: shown to readers of the chart. */
export function chartEntry(data: { patientId: string; at: string }, summary: Summary): TimelineDescription {
  return { patientId: data.patientId, at: data.at, summary: defined(summary), visibleWith: CHART_READ };
}

/** A note's life (started, signed, opened for amendment): shown to readers of notes; never its text. */
export function noteEntry(
  data: { patientId: string; at: string; noteId: string },
  summary: Summary = {},
): TimelineDescription {
  return {
    patientId: data.patientId,
    at: data.at,
    summary: defined({ noteId: data.noteId, ...summary }),
    visibleWith: NOTE_READ,
  };
}

/** A visit or stay began or ended: administrative, shown to every reader of the timeline. */
export function encounterEntry(data: { patientId: string }, at: string, summary: Summary): TimelineDescription {
  return { patientId: data.patientId, at, summary: defined(summary) };
}

/** Optional fields absent from the event are left out, not stored as nulls. */
function defined(summary: Summary): Record<string, TimelineValue> {
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined)) as Record<
    string,
    TimelineValue
  >;
}
