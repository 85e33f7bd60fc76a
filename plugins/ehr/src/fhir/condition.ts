import type { FhirResource } from '@hms/sdk';
import type { ProblemEntry } from '../domain/chart/chart.state';
import {
  CONDITION_CATEGORY,
  CONDITION_CLINICAL,
  CONDITION_VERIFICATION,
  encounterReference,
  ICD_10,
  patientReference,
} from './fhir-codes';

export interface FhirCondition extends FhirResource {
  readonly resourceType: 'Condition';
  readonly id: string;
  readonly clinicalStatus: { coding: { system: string; code: string }[] };
  readonly code: { coding: { system: string; code: string; display: string }[]; text: string };
  readonly subject: { reference: string };
  readonly onsetDateTime?: string;
  readonly recordedDate: string;
}

/**
 * A problem or diagnosis as a FHIR Condition: its ICD-10 code, active or resolved, a diagnosis of an encounter
 * (`encounter-diagnosis`) or an entry of the problem list (`problem-list-item`). Entries are confirmed: the EHR
 * records what a clinician states.
 */
export function conditionResource(patientId: string, problem: ProblemEntry): FhirCondition {
  return {
    resourceType: 'Condition',
    id: problem.problemId,
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: problem.status }] },
    verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
    category: [
      {
        coding: [
          {
            system: CONDITION_CATEGORY,
            code: problem.kind === 'diagnosis' ? 'encounter-diagnosis' : 'problem-list-item',
          },
        ],
      },
    ],
    code: { coding: [{ system: ICD_10, code: problem.code, display: problem.title }], text: problem.title },
    subject: patientReference(patientId),
    ...encounterReference(problem.encounterId),
    ...(problem.onset === undefined ? {} : { onsetDateTime: problem.onset }),
    ...(problem.status === 'resolved' ? { abatementDateTime: problem.resolvedOn } : {}),
    recordedDate: problem.recordedAt,
    ...(problem.note === undefined ? {} : { note: [{ text: problem.note }] }),
  };
}
