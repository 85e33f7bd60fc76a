import type { ProjectionContext, RecordedEvent, RecordedOf } from '@hms/sdk';
import {
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMergeReceived,
  PatientMerged,
  PatientMergeReversed,
  PatientRegistered,
  PatientUnmerged,
} from '../contracts/events';

/** A timeline row: which record, when, and a summary of ids, codes and field names only (never values). */
export interface TimelineRow {
  readonly patientId: string;
  readonly at: string;
  readonly summary: Record<string, unknown>;
  /** A permission the reader needs besides the timeline's own (another plugin's clinical entries). */
  readonly visibleWith?: string;
}

const OWN_EVENTS = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
  PatientUnmerged,
  PatientMergeReversed,
] as const;
type OwnRecorded = RecordedOf<(typeof OWN_EVENTS)[number]>;
const OWN_TYPES: ReadonlySet<string> = new Set(OWN_EVENTS.map((e) => e.type));
const isOwn = (event: RecordedEvent): event is OwnRecorded => OWN_TYPES.has(event.type);

/**
 * How this plugin's record events (registration, details, merges) become entries; their summaries need the
 * record's own rules (field names, never values). Scheduling's and admissions' events describe themselves
 * (`defineEvent(…, { timeline })`), as every other plugin's events do.
 */
function ownRow(event: OwnRecorded): TimelineRow {
  const row = (at: string, summary: Record<string, unknown>): TimelineRow => ({
    patientId: event.data.patientId,
    at,
    summary,
  });
  switch (event.type) {
    case PatientRegistered.type: {
      const { mrn, duplicateOverride, registeredAt } = event.data;
      return row(registeredAt, { mrn, ...(duplicateOverride === undefined ? {} : { duplicateOverride }) });
    }
    case PatientDemographicsUpdated.type:
      return row(event.data.updatedAt, { fields: Object.keys(event.data.changes) });
    case PatientDetailsChanged.type:
      return row(event.data.changedAt, { fields: Object.keys(event.data.changes) });
    case PatientMerged.type: {
      const { mrn, mergedInto, reason, mergedAt } = event.data;
      return row(mergedAt, { mrn, mergedInto, reason });
    }
    case PatientMergeReceived.type: {
      const { mergedPatientId, mergedMrn, reason, receivedAt } = event.data;
      return row(receivedAt, { mergedPatientId, mergedMrn, reason });
    }
    // The unmerge's reason is the clerk's free text: the timeline keeps ids and codes only.
    case PatientUnmerged.type: {
      const { mrn, unmergedFrom, unmergedAt } = event.data;
      return row(unmergedAt, { mrn, unmergedFrom });
    }
    case PatientMergeReversed.type: {
      const { unmergedPatientId, unmergedMrn, reversedAt } = event.data;
      return row(reversedAt, { unmergedPatientId, unmergedMrn });
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The timeline row of an event, or `undefined` for one the timeline does not show: this plugin's own from
 * `ownRow`, any other plugin's from the description its event definition declares.
 */
export function timelineRow(event: RecordedEvent, context: ProjectionContext): TimelineRow | undefined {
  return isOwn(event) ? ownRow(event) : describedRow(event, context);
}

/**
 * Another plugin's event, as it describes itself. A description this table cannot hold (a patient id that is no
 * UUID, a time that is no time) is left out rather than stopping the projection for every patient.
 */
function describedRow(event: RecordedEvent, context: ProjectionContext): TimelineRow | undefined {
  const described = context.describeOnTimeline(event);
  if (described === undefined || !UUID.test(described.patientId)) return undefined;
  const at =
    described.at !== undefined && !Number.isNaN(Date.parse(described.at))
      ? described.at
      : event.recordedAt.toISOString();
  return {
    patientId: described.patientId,
    at,
    summary: { ...described.summary },
    ...(described.visibleWith === undefined ? {} : { visibleWith: described.visibleWith.name }),
  };
}

/** The event types the timeline shows. */
export const TIMELINE_EVENTS = OWN_EVENTS;
