import type { FhirImport, FhirResource } from '@hms/sdk';
import { RecordProblem } from '../../contracts/commands';
import { CONDITION_CATEGORY, ICD_10 } from '../fhir-codes';
import { codingsOf, elementOf, otherCodings, statusOf, type Concept } from './concepts';

/**
 * A Condition as a chart problem: its ICD-10 coding (the chart's problem list is ICD-10, and the code must be in
 * the hospital's list: RecordProblem refuses another), a diagnosis when categorised `encounter-diagnosis`, the
 * onset's date and the first note. Codings in other systems and the encounter are named as left; a resolved or
 * inactive problem is not imported (the chart would record it active).
 */
export const conditionImport: FhirImport<typeof RecordProblem> = {
  command: RecordProblem,
  map(condition: FhirResource, { patientId }) {
    const code = elementOf<Concept>(condition, 'code');
    const icd = code?.coding?.find((c) => c.system === ICD_10 && c.code);
    if (!icd?.code) {
      const codes = codingsOf(code);
      return {
        notMappable: `The chart takes problems coded in ICD-10 (${ICD_10}); this one is coded ${codes.length ? codes.join(', ') : 'in no system'}`,
      };
    }
    const status = statusOf(condition, 'clinicalStatus');
    if (status !== undefined && status !== 'active' && status !== 'recurrence' && status !== 'relapse') {
      return { notMappable: `A ${status} problem: the chart would record ${icd.code} as active` };
    }
    if (statusOf(condition, 'verificationStatus') === 'entered-in-error') {
      return { notMappable: 'An entry in error is not imported' };
    }
    const categories = (elementOf<Concept[]>(condition, 'category') ?? []).flatMap((c) => c.coding ?? []);
    const diagnosis = categories.some((c) => c.system === CONDITION_CATEGORY && c.code === 'encounter-diagnosis');
    const onset = elementOf<string>(condition, 'onsetDateTime')?.slice(0, 10);
    const note = elementOf<{ text?: string }[]>(condition, 'note')?.[0]?.text;
    const left = [
      ...otherCodings(code, icd),
      ...(onset !== undefined && onset.length < 10 ? ['an onset without a full date'] : []),
      ...(elementOf(condition, 'encounter') !== undefined ? ['its encounter'] : []),
    ];
    return {
      data: {
        patientId,
        kind: diagnosis ? 'diagnosis' : 'problem',
        code: icd.code,
        ...(onset !== undefined && onset.length === 10 ? { onset } : {}),
        ...(note === undefined ? {} : { note: note.slice(0, 2000) }),
      },
      summary: `A chart ${diagnosis ? 'diagnosis' : 'problem'} ${icd.code}`,
      ...(left.length > 0 ? { left } : {}),
    };
  },
  createdId: (problem) => problem.problemId,
};
