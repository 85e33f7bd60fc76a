import { defineFhirResource, ValidationError, type FhirSearchCriteria, type InputOf } from '@hms/sdk';
import { FindDuplicateCandidates, GetPatient, type DuplicateCandidates } from '../contracts/queries';
import { duplicateCheckOf, patientImport } from './patient-import';
import { patientResource, MRN_SYSTEM, type FhirPatient } from './patient-resource';
import { SearchFhirPatients } from './search-fhir-patients.handler';
import { GetFhirPatientHistory } from './get-fhir-patient-history.handler';

const names = (p: FhirPatient): string[] => p.name.flatMap((n) => [n.family, ...n.given]);

/**
 * FHIR Patient from the directory and the master patient index: read by id, searched by identifier or name, imported
 * by registering it (SDK 2.6).
 */
export const patientFhirResource = defineFhirResource({
  type: 'Patient',
  read: { query: GetPatient, params: (id) => ({ id }), resource: (view) => patientResource(view) },
  search: {
    query: SearchFhirPatients,
    params: searchParamsOf,
    resources: (views) => views.map(patientResource),
    parameters: [
      {
        name: 'identifier',
        type: 'token',
        description: `An identifier: the MRN (system ${MRN_SYSTEM}) or one the master index keeps`,
        values: (p: FhirPatient) => p.identifier.map((i) => ({ system: i.system, code: i.value })),
      },
      { name: 'name', type: 'string', description: 'The start of a family or given name', values: names },
      {
        name: 'family',
        type: 'string',
        description: 'The start of the family name',
        values: (p: FhirPatient) => p.name.map((n) => n.family),
      },
      {
        name: 'given',
        type: 'string',
        description: 'The start of a given name',
        values: (p: FhirPatient) => p.name.flatMap((n) => n.given),
      },
      { name: 'birthdate', type: 'date', description: 'The birth date', values: (p: FhirPatient) => [p.birthDate] },
      {
        name: 'gender',
        type: 'token',
        description: 'Administrative gender',
        values: (p: FhirPatient) => [{ system: 'http://hl7.org/fhir/administrative-gender', code: p.gender }],
      },
    ],
  },
  import: {
    ...patientImport,
    // Before registering: the same rules the registration's duplicate check applies (SDK 2.8; docs/fhir.md).
    match: {
      query: FindDuplicateCandidates,
      params: duplicateCheckOf,
      candidates: (answer: DuplicateCandidates) => answer.candidates.map((candidate) => candidate.id),
    },
  },
  // Each version folded from the patient's own event stream (SDK 2.8): `_history` and `vread`.
  history: {
    query: GetFhirPatientHistory,
    params: (id) => ({ id }),
    versions: (views) => views.map(patientResource),
  },
});

/**
 * What the directory is asked, from the most selective parameter given; the server filters by all of them after.
 * A search naming no patient at all would list the whole directory, so it is refused (400).
 */
function searchParamsOf({ parameters }: FhirSearchCriteria): InputOf<typeof SearchFhirPatients> {
  const single = (name: string): string | undefined => {
    const [value, ...more] = parameters[name] ?? [];
    return value !== undefined && more.length === 0 && !value.includes(',') ? value : undefined;
  };
  const identifier = single('identifier');
  if (identifier !== undefined) {
    const bar = identifier.indexOf('|');
    const system = bar === -1 ? undefined : identifier.slice(0, bar);
    const value = bar === -1 ? identifier : identifier.slice(bar + 1);
    if (system === MRN_SYSTEM || (system === undefined && /^\d{9}$/.test(value))) return { mrn: value };
    if (system) return { identifier: { system, value } };
  }
  const name = single('name') ?? single('family') ?? single('given');
  const birthDate = single('birthdate');
  const exactDate = birthDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : undefined;
  if (name === undefined && exactDate === undefined) {
    throw new ValidationError(
      [{ path: 'identifier', message: 'Name the patient: one identifier (with its system), name, birthdate or _id' }],
      'FHIR_SEARCH_TOO_BROAD',
    );
  }
  return { ...(name === undefined ? {} : { name }), ...(exactDate === undefined ? {} : { birthDate: exactDate }) };
}
