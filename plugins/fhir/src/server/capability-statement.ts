import type { FhirContribution, FhirResource } from '@hms/sdk';

const EVERYTHING_DEFINITION = 'http://hl7.org/fhir/OperationDefinition/Patient-everything';

/**
 * What this server answers, generated from the enabled plugins' contributions: each type with read and
 * search-type, its declared search parameters (and `_id`), and `$everything` on Patient.
 */
export function capabilityStatement(
  contributions: readonly FhirContribution[],
  baseUrl: string,
  now: string,
): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: now,
    publisher: 'Hospital management system',
    kind: 'instance',
    software: { name: 'hms FHIR server' },
    implementation: { description: 'FHIR R4 over the enabled plugins of this installation', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Every request needs a session (bearer token or session cookie); reads are audited.',
        resource: contributions.map(({ resource, plugin }) => ({
          type: resource.type,
          ...(resource.profile === undefined ? {} : { supportedProfile: [resource.profile] }),
          documentation: `Contributed by the ${plugin} plugin`,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          searchParam: [
            { name: '_id', type: 'token', documentation: 'The logical id' },
            ...resource.search.parameters.map((p) => ({ name: p.name, type: p.type, documentation: p.description })),
          ],
          ...(resource.type === 'Patient'
            ? { operation: [{ name: 'everything', definition: EVERYTHING_DEFINITION }] }
            : {}),
        })),
      },
    ],
  };
}
