import type { FhirResource } from '@hms/sdk';
import type { EncounterView } from '../contracts/queries';
import { ACT_CODE, patientReference } from './fhir-codes';

export interface FhirEncounter extends FhirResource {
  readonly resourceType: 'Encounter';
  readonly id: string;
  readonly status: 'in-progress' | 'finished';
  readonly class: { system: string; code: string; display: string };
  readonly subject: { reference: string };
  readonly period: { start: string; end?: string };
}

/** A visit (ambulatory, `AMB`) or a stay (inpatient, `IMP`), in progress while open, finished once closed. */
export function encounterResource(encounter: EncounterView): FhirEncounter {
  const inpatient = encounter.class === 'inpatient';
  return {
    resourceType: 'Encounter',
    id: encounter.encounterId,
    status: encounter.status === 'open' ? 'in-progress' : 'finished',
    class: inpatient
      ? { system: ACT_CODE, code: 'IMP', display: 'inpatient encounter' }
      : { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
    subject: patientReference(encounter.patientId),
    period: {
      start: encounter.openedAt,
      ...(encounter.closedAt === null ? {} : { end: encounter.closedAt }),
    },
    ...(encounter.reason === null ? {} : { reasonCode: [{ text: encounter.reason }] }),
  };
}
