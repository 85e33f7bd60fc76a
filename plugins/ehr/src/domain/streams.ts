import { streamId } from '@hms/sdk';

/** One stream per patient for the whole clinical record: the chart as of any moment is one stream read. */
export const chartStream = (patientId: string): string => streamId('ehr', 'chart', patientId);
/** One stream per encounter (a visit or a stay has its own life: open, closed). */
export const encounterStream = (encounterId: string): string => streamId('ehr', 'encounter', encounterId);
/** The hospital's loaded ICD-10 list, batch by batch. */
export const TERMINOLOGY_STREAM = streamId('ehr', 'terminology', 'icd10');
