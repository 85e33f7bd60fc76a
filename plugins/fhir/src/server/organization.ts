import type { FhirResource, FhirSearchParameter } from '@hms/sdk';
import type { FhirSettings } from '../options';

/**
 * The hospital as an Organization, from the plugin's options: the one organisation this server answers, the author
 * and custodian of its patient summaries. It is configuration, not patient data, so it is read without a query.
 */
export function organizationResource({ organization }: FhirSettings): FhirResource {
  const { id, name, identifier, phone, email, address } = organization;
  const telecom = [
    ...(phone === undefined ? [] : [{ system: 'phone', value: phone, use: 'work' }]),
    ...(email === undefined ? [] : [{ system: 'email', value: email, use: 'work' }]),
  ];
  return {
    resourceType: 'Organization',
    id,
    ...(identifier === undefined ? {} : { identifier: [identifier] }),
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov' }] }],
    name,
    ...(telecom.length === 0 ? {} : { telecom }),
    ...(address === undefined ? {} : { address: [{ use: 'work', ...address }] }),
  };
}

/** The Organization's search parameters besides `_id`, matched like every contributed type's. */
export const ORGANIZATION_PARAMETERS: readonly FhirSearchParameter[] = [
  { name: 'name', type: 'string', description: "The hospital's name", values: (o) => [String(o['name'])] },
  {
    name: 'identifier',
    type: 'token',
    description: "The hospital's identifier (system|value)",
    values: (o) =>
      ((o['identifier'] as { system: string; value: string }[] | undefined) ?? []).map((i) => ({
        system: i.system,
        code: i.value,
      })),
  },
];
