import type { FhirResource } from '@hms/sdk';
import type { ObservationEntry } from '../domain/chart/chart.state';
import { loincEntry } from '../domain/terminology/loinc';
import { encounterReference, LOINC, OBSERVATION_CATEGORY, patientReference, UCUM } from './fhir-codes';

export interface FhirObservation extends FhirResource {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly status: 'final';
  readonly category: { coding: { system: string; code: string }[] }[];
  readonly code: { coding: { system: string; code: string; display?: string }[] };
  readonly subject: { reference: string };
  readonly effectiveDateTime: string;
  readonly valueQuantity: { value: number; unit: string; system: string; code: string };
}

/**
 * A measurement: its LOINC code, the value in its UCUM unit (the chart accepts only UCUM units), `vital-signs`
 * when the code is a vital sign, else `laboratory`. Recorded values are final: the chart has no preliminary ones.
 */
export function observationResource(patientId: string, observation: ObservationEntry): FhirObservation {
  const entry = loincEntry(observation.code);
  return {
    resourceType: 'Observation',
    id: observation.observationId,
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: entry?.vital ? 'vital-signs' : 'laboratory' }] }],
    code: {
      coding: [{ system: LOINC, code: observation.code, ...(entry ? { display: entry.display } : {}) }],
    },
    subject: patientReference(patientId),
    ...encounterReference(observation.encounterId),
    effectiveDateTime: observation.effectiveAt,
    issued: observation.recordedAt,
    valueQuantity: { value: observation.value, unit: observation.unit, system: UCUM, code: observation.unit },
  };
}
