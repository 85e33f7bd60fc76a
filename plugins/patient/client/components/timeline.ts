import type { TimelineEntry } from '$lib/api/types';
import { messages as msg } from '../messages';

/** A timeline row as the patient page shows it: what happened, when, and the short details worth reading. */
export interface TimelineItem {
  readonly key: string;
  readonly at: string;
  readonly label: string;
  readonly plugin: string;
  /** `Code: I10`-style details in words; ids are left out (they mean nothing to a reader), lists are joined. */
  readonly details: string;
  /** The entry belongs to a record merged into this one. */
  readonly fromMergedRecord: boolean;
  /** On a merge received: the merged record's page (it offers to undo the merge). */
  readonly mergedRecordHref?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Details left out like ids: a signed note's content hash is 64 characters that tell a reader nothing (the note's
 * own page shows it, where it can be checked against the text).
 */
const NOT_FOR_READERS = new Set(['contentHash']);

/**
 * The timeline in time order (oldest first, as a story reads; entries at the same moment keep the server's order),
 * each event type in words — one this client does not know yet (a new plugin's) shows its type name.
 */
export function timelineItems(patientId: string, entries: readonly TimelineEntry[]): TimelineItem[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.index - b.index)
    .map(({ entry, index }) => ({
      key: `${entry.at}-${index}`,
      at: entry.at,
      plugin: entry.plugin,
      label: msg.timeline.types[entry.type] ?? entry.type.replace(/^[a-z]+\./, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
      details: detailsOf(entry.summary),
      fromMergedRecord: entry.patientId !== patientId,
      ...mergedRecordLink(entry),
    }));
}

function mergedRecordLink(entry: TimelineEntry): { mergedRecordHref?: string } {
  const merged = entry.summary.mergedPatientId;
  if (entry.type !== 'patient.PatientMergeReceived' || typeof merged !== 'string' || !UUID.test(merged)) return {};
  return { mergedRecordHref: `/patients/${merged}` };
}

function detailsOf(summary: Readonly<Record<string, unknown>>): string {
  return Object.entries(summary)
    .flatMap(([key, value]) => {
      if (value === null || value === undefined || value === '' || NOT_FOR_READERS.has(key)) return [];
      const name = msg.timeline.fields[key] ?? key;
      if (Array.isArray(value)) {
        const shown = value.filter((v) => typeof v === 'string' && !UUID.test(v));
        return shown.length > 0 ? [`${name}: ${shown.join(', ')}`] : [];
      }
      if (typeof value === 'string' && UUID.test(value)) return [];
      if (typeof value === 'object') return [];
      return [`${name}: ${String(value)}`];
    })
    .join(' · ');
}
