import { defineReplica, z, type RecordedEvent } from '@hms/sdk';
import {
  BedOccupied,
  BedRenamed,
  BedVacated,
  PatientAdmitted,
  PatientDischarged,
  PatientTransferred,
  WardDefined,
} from '../contracts/events';
import { GetCensus, type CensusEntry } from '../contracts/queries';

/** Ward and bed labels are shown: renaming one may change any patient's location as the banner says it. */
const LABEL_EVENTS: ReadonlySet<string> = new Set([WardDefined.type, BedRenamed.type]);

/**
 * Where one patient lies now (ward and bed), for the patient banner on every screen about them, online and offline
 * alike: kept for each patient on a kept bed board. One row while the patient is in a bed, none once discharged.
 * Stay and bed events name their patient; a ward or bed renamed changes every copy (rare, and a copy is one row).
 */
export const patientLocationReplica = defineReplica({
  name: 'adt.PatientLocation',
  description: 'The ward and bed a patient is in now',
  query: GetCensus,
  params: z.strictObject({ patientId: z.uuid() }),
  toQuery: ({ patientId }) => ({ patientId }),
  events: [WardDefined, BedRenamed, BedOccupied, BedVacated, PatientAdmitted, PatientTransferred, PatientDischarged],
  rows: (census): CensusEntry[] => census.items,
  key: (entry) => entry.patientId,
  changedRows: (event, { patientId }) => locationChanged(event, patientId),
  limits: { maxRows: 1, maxAgeHours: 12 },
});

function locationChanged(event: RecordedEvent, patientId: string): readonly string[] | 'all' {
  if (LABEL_EVENTS.has(event.type)) return 'all';
  return (event.data as { patientId?: unknown }).patientId === patientId ? [patientId] : [];
}
