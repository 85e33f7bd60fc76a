import type { RecordedEvent } from '@hms/sdk';
import { PatientDemographicsUpdated, PatientRegistered } from '../contracts/events';
import { PatientDetailsChanged, PatientMergeReceived, PatientMerged } from '../contracts/mpi-events';

/** A timeline row: which record, when, and a summary of ids, codes and field names only (never values). */
export interface TimelineRow {
  readonly patientId: string;
  readonly at: string;
  readonly summary: Record<string, unknown>;
}

type Summarize = (data: Record<string, unknown>) => { at: unknown; summary: Record<string, unknown> };

/**
 * How each event the timeline takes becomes an entry. To show another event (an admission, an appointment), add
 * it here and to the projection's `handles`: the entry needs the patient id and a time from the event's data.
 */
const SUMMARIES: Readonly<Record<string, Summarize>> = {
  [PatientRegistered.type]: (d) => ({
    at: d.registeredAt,
    summary: {
      mrn: d.mrn,
      ...(d.duplicateOverride === undefined ? {} : { duplicateOverride: d.duplicateOverride }),
    },
  }),
  [PatientDemographicsUpdated.type]: (d) => ({ at: d.updatedAt, summary: { fields: Object.keys(d.changes as object) } }),
  [PatientDetailsChanged.type]: (d) => ({ at: d.changedAt, summary: { fields: Object.keys(d.changes as object) } }),
  [PatientMerged.type]: (d) => ({ at: d.mergedAt, summary: { mrn: d.mrn, mergedInto: d.mergedInto, reason: d.reason } }),
  [PatientMergeReceived.type]: (d) => ({
    at: d.receivedAt,
    summary: { mergedPatientId: d.mergedPatientId, mergedMrn: d.mergedMrn, reason: d.reason },
  }),
};

/** The timeline row of an event, or `undefined` for one the timeline does not show. */
export function timelineRow(event: RecordedEvent): TimelineRow | undefined {
  const summarize = SUMMARIES[event.type];
  const data = event.data as Record<string, unknown>;
  if (summarize === undefined || typeof data.patientId !== 'string') return undefined;
  const { at, summary } = summarize(data);
  return { patientId: data.patientId, at: typeof at === 'string' ? at : event.recordedAt.toISOString(), summary };
}

/** The event types the timeline shows. */
export const TIMELINE_EVENTS = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
] as const;
