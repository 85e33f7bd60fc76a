import type { FhirResource } from '@hms/sdk';
import type { AllergyEntry } from '../domain/chart/chart.state';
import { ALLERGY_CLINICAL, ALLERGY_VERIFICATION, patientReference } from './fhir-codes';

export interface FhirAllergyIntolerance extends FhirResource {
  readonly resourceType: 'AllergyIntolerance';
  readonly id: string;
  readonly patient: { reference: string };
  readonly code: { text: string };
  readonly recordedDate: string;
  readonly clinicalStatus?: { coding: { system: string; code: string }[] };
  readonly verificationStatus: { coding: { system: string; code: string }[] };
}

/**
 * An allergy or intolerance: the substance as recorded (text; the EHR keeps no substance code yet), its category,
 * criticality and reaction. An entry in error carries no clinical status, as FHIR requires of `entered-in-error`.
 */
export function allergyIntoleranceResource(patientId: string, allergy: AllergyEntry): FhirAllergyIntolerance {
  const inError = allergy.status === 'entered-in-error';
  return {
    resourceType: 'AllergyIntolerance',
    id: allergy.allergyId,
    ...(inError ? {} : { clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: allergy.status }] } }),
    verificationStatus: {
      coding: [{ system: ALLERGY_VERIFICATION, code: inError ? 'entered-in-error' : 'confirmed' }],
    },
    type: allergy.type,
    category: [allergy.category],
    criticality: allergy.criticality,
    code: { text: allergy.substance },
    patient: patientReference(patientId),
    recordedDate: allergy.recordedAt,
    ...(allergy.reaction === undefined
      ? {}
      : {
          reaction: [
            {
              manifestation: [{ text: allergy.reaction }],
              ...(allergy.severity === undefined ? {} : { severity: allergy.severity }),
            },
          ],
        }),
  };
}
