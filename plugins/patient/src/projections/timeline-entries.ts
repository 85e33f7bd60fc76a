import type { ProjectionContext, RecordedEvent } from '@hms/sdk';
import { PatientDemographicsUpdated, PatientRegistered } from '../contracts/events';
import { PatientDetailsChanged, PatientMergeReceived, PatientMerged } from '../contracts/events';

/** A timeline row: which record, when, and a summary of ids, codes and field names only (never values). */
export interface TimelineRow {
  readonly patientId: string;
  readonly at: string;
  readonly summary: Record<string, unknown>;
  /** A permission the reader needs besides the timeline's own (another plugin's clinical entries). */
  readonly visibleWith?: string;
}

type Summarize = (data: Record<string, unknown>) => { at: unknown; summary: Record<string, unknown> };

/**
 * How this plugin's record events (registration, details, merges) become entries; their summaries need the
 * record's own rules (field names, never values). Its appointment, waiting-list and ward events describe themselves
 * (`defineEvent(…, { timeline })`, see `contracts/timeline.ts`), as other plugins' events do.
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The timeline row of an event, or `undefined` for one the timeline does not show: this plugin's own from the
 * table above, any other plugin's from the description its event definition declares.
 */
export function timelineRow(event: RecordedEvent, context: ProjectionContext): TimelineRow | undefined {
  const summarize = SUMMARIES[event.type];
  if (summarize === undefined) return describedRow(event, context);
  const data = event.data as Record<string, unknown>;
  if (typeof data.patientId !== 'string') return undefined;
  const { at, summary } = summarize(data);
  return { patientId: data.patientId, at: typeof at === 'string' ? at : event.recordedAt.toISOString(), summary };
}

/**
 * Another plugin's event, as it describes itself. A description this table cannot hold (a patient id that is no
 * UUID, a time that is no time) is left out rather than stopping the projection for every patient.
 */
function describedRow(event: RecordedEvent, context: ProjectionContext): TimelineRow | undefined {
  const described = context.describeOnTimeline(event);
  if (described === undefined || !UUID.test(described.patientId)) return undefined;
  const at = described.at !== undefined && !Number.isNaN(Date.parse(described.at)) ? described.at : event.recordedAt.toISOString();
  return {
    patientId: described.patientId, at, summary: { ...described.summary },
    ...(described.visibleWith === undefined ? {} : { visibleWith: described.visibleWith.name }),
  };
}

/** The event types the timeline shows. */
export const TIMELINE_EVENTS = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
] as const;
