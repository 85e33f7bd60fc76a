import type { FhirContribution, FhirResource } from '@hms/sdk';
import type { SearchableType } from '../search/search-request';
import { smartSecurity } from './smart-security';

const EVERYTHING_DEFINITION = 'http://hl7.org/fhir/OperationDefinition/Patient-everything';
const SUMMARY_DEFINITION = 'http://hl7.org/fhir/uv/ips/OperationDefinition/summary';

/**
 * What this server answers, generated from the enabled plugins' contributions: each type with read and
 * search-type, its declared search parameters (and `_id`), `$everything` and `$summary` on Patient; then the
 * server's own types (the hospital's Organization) unless a plugin contributes them.
 */
export function capabilityStatement(
  contributions: readonly FhirContribution[],
  ownTypes: readonly (SearchableType & { readonly description: string })[],
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
        documentation:
          'This statement is public; every other request needs a session (bearer token or session cookie), and every read of patient data is audited.',
        security: smartSecurity(contributions),
        resource: [
          ...contributions.map(({ resource, plugin }) => ({
            type: resource.type,
            ...(resource.profile === undefined ? {} : { supportedProfile: [resource.profile] }),
            documentation: `Contributed by the ${plugin} plugin`,
            interaction: [
              { code: 'read' },
              ...(resource.history ? [{ code: 'vread' }, { code: 'history-instance' }] : []),
              { code: 'search-type' },
            ],
            ...(resource.history ? { versioning: 'versioned' } : {}),
            searchParam: [
              { name: '_id', type: 'token', documentation: 'The logical id' },
              ...resource.search.parameters.map((p) => ({ name: p.name, type: p.type, documentation: p.description })),
            ],
            ...(resource.type === 'Patient'
              ? {
                  operation: [
                    { name: 'everything', definition: EVERYTHING_DEFINITION },
                    { name: 'summary', definition: SUMMARY_DEFINITION },
                  ],
                }
              : {}),
          })),
          ...ownTypes
            .filter((own) => !contributions.some((c) => c.resource.type === own.type))
            .map((own) => ({
              type: own.type,
              documentation: own.description,
              interaction: [{ code: 'read' }, { code: 'search-type' }],
              searchParam: [
                { name: '_id', type: 'token', documentation: 'The logical id' },
                ...own.search.parameters.map((p) => ({ name: p.name, type: p.type, documentation: p.description })),
              ],
            })),
        ],
      },
    ],
  };
}
