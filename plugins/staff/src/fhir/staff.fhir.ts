import { defineFhirResource, ValidationError, type FhirSearchCriteria } from '@hms/sdk';
import { GetFhirPractitioner, SearchFhirPractitioners } from './fhir-directory.queries';
import {
  practitionerResource,
  practitionerRoleResource,
  STAFF_NUMBER_SYSTEM,
  type FhirPractitioner,
  type FhirPractitionerRole,
} from './practitioner';

const ACTIVE = (active: boolean) => [{ code: String(active) }];
const first = (criteria: FhirSearchCriteria, ...names: string[]): string | undefined =>
  names.flatMap((name) => criteria.parameters[name] ?? [])[0];

/** What a Practitioner search asks the directory: a staff number (`identifier`), else name words. */
function practitionerSearch(criteria: FhirSearchCriteria): { name?: string; staffNumber?: string } {
  const identifier = first(criteria, 'identifier');
  if (identifier !== undefined && !identifier.includes(',')) {
    const [system, value] = identifier.includes('|') ? identifier.split('|', 2) : [undefined, identifier];
    if (value && (system === undefined || system === STAFF_NUMBER_SYSTEM)) return { staffNumber: value };
  }
  const name = first(criteria, 'name', 'family', 'given');
  // The server filters by every parameter afterwards: the first word of a comma list is not enough to narrow.
  if (name === undefined || name.includes(',')) {
    throw new ValidationError(
      [{ path: 'name', message: 'Name one practitioner: name, family, given or identifier' }],
      'FHIR_SEARCH_TOO_BROAD',
    );
  }
  return { name };
}

export const practitionerFhirResource = defineFhirResource({
  type: 'Practitioner',
  read: {
    query: GetFhirPractitioner,
    params: (id) => ({ employeeId: id }),
    resource: (member) => practitionerResource(member),
  },
  search: {
    query: SearchFhirPractitioners,
    params: practitionerSearch,
    resources: ({ items }) => items.map(practitionerResource),
    parameters: [
      {
        name: 'identifier',
        type: 'token',
        description: `The staff number (${STAFF_NUMBER_SYSTEM}|<number>)`,
        values: (p: FhirPractitioner) => p.identifier.map((i) => ({ system: i.system, code: i.value })),
      },
      {
        name: 'name',
        type: 'string',
        description: 'Any part of the name',
        values: (p: FhirPractitioner) => p.name.flatMap((n) => [n.family, ...n.given, n.text]),
      },
      {
        name: 'family',
        type: 'string',
        description: 'The family name',
        values: (p: FhirPractitioner) => p.name.map((n) => n.family),
      },
      {
        name: 'given',
        type: 'string',
        description: 'The given name',
        values: (p: FhirPractitioner) => p.name.flatMap((n) => n.given),
      },
      { name: 'active', type: 'token', description: 'true while employed', values: (p) => ACTIVE(p.active) },
    ],
  },
});

/** A PractitionerRole search names its practitioner(s): the directory is not listed whole. */
function roleSearch(criteria: FhirSearchCriteria): { employeeIds: string[] } {
  const ids = (criteria.parameters['practitioner'] ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.replace(/^(?:.*\/)?Practitioner\//, ''));
  const uuids = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (ids.length === 0) {
    throw new ValidationError(
      [{ path: 'practitioner', message: 'Name the practitioner: practitioner=Practitioner/<id>' }],
      'FHIR_SEARCH_TOO_BROAD',
    );
  }
  // An id that is not one of ours matches nothing; an empty list cannot be asked, so ask for a nil id.
  return { employeeIds: uuids.length > 0 ? uuids.slice(0, 100) : ['00000000-0000-0000-0000-000000000000'] };
}

export const practitionerRoleFhirResource = defineFhirResource({
  type: 'PractitionerRole',
  read: {
    query: GetFhirPractitioner,
    params: (id) => ({ employeeId: id }),
    resource: (member) => practitionerRoleResource(member),
  },
  search: {
    query: SearchFhirPractitioners,
    params: roleSearch,
    resources: ({ items }) => items.map(practitionerRoleResource),
    parameters: [
      {
        name: 'practitioner',
        type: 'reference',
        description: 'The practitioner (Practitioner/<id>)',
        values: (r: FhirPractitionerRole) => [r.practitioner.reference],
      },
      { name: 'active', type: 'token', description: 'true while employed', values: (r) => ACTIVE(r.active) },
    ],
  },
});

/** Staff's FHIR resource types. */
export const STAFF_FHIR_RESOURCES = [practitionerFhirResource, practitionerRoleFhirResource];
