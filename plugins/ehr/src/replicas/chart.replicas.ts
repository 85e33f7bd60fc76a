import { defineReplica, z, type RecordedEvent } from '@hms/sdk';
import { GetAdministrationRecord, MedicationAdministrationRecorded } from '../contracts/administration';
import { CHART_EVENTS } from '../contracts/chart-events';
import { GetChart } from '../contracts/queries';
import { chartStream } from '../domain/streams';

const scope = z.strictObject({ patientId: z.uuid() });

/** Every chart event is on the patient's chart stream: it changes that patient's copy only. */
const onChartOf = (event: RecordedEvent, { patientId }: { patientId: string }): readonly string[] =>
  event.streamId === chartStream(patientId) ? ['answer'] : [];

/**
 * A patient's chart on the device of a ward that cares for them (kept for each patient on a kept bed board): the
 * problems, allergies, medications and observations a nurse needs at the bedside while the network is down. Kept
 * whole: a chart is one read-model row, and only an event on this patient's chart stream sends it again.
 */
export const chartReplica = defineReplica({
  name: 'ehr.Chart',
  description: "A patient's chart now",
  query: GetChart,
  params: scope,
  events: [...CHART_EVENTS, MedicationAdministrationRecorded],
  changedRows: onChartOf,
  streams: ({ patientId }) => [chartStream(patientId)],
  limits: { maxRows: 1, maxAgeHours: 12 },
});

/** The medication administration record (what is due, given, held): the ward round's list, offline too. */
export const administrationRecordReplica = defineReplica({
  name: 'ehr.AdministrationRecord',
  description: "An inpatient's medications and each dose given, held or refused",
  query: GetAdministrationRecord,
  params: scope,
  events: [...CHART_EVENTS, MedicationAdministrationRecorded],
  changedRows: onChartOf,
  streams: ({ patientId }) => [chartStream(patientId)],
  limits: { maxRows: 1, maxAgeHours: 12 },
});
