import { defineFhirResource } from '@hms/sdk';
import { GetFhirLocations } from './fhir-locations.queries';
import { locationsOf, type FhirLocation } from './location';

const tokensOf = (concept: { coding: { system: string; code: string }[] }) =>
  concept.coding.map(({ system, code }) => ({ system, code }));

/** Wards and beds as Locations; a search with no parameter lists them all (they are few, and not patient data). */
export const locationFhirResource = defineFhirResource({
  type: 'Location',
  read: {
    query: GetFhirLocations,
    params: (id) => ({ locationId: id }),
    resource: ({ items }, id) => items.flatMap(locationsOf).find((location) => location.id === id),
  },
  search: {
    query: GetFhirLocations,
    params: () => ({}),
    resources: ({ items }) => items.flatMap(locationsOf),
    parameters: [
      {
        name: 'name',
        type: 'string',
        description: 'The name or code',
        values: (l: FhirLocation) => [l.name, ...((l['alias'] as string[] | undefined) ?? [])],
      },
      {
        name: 'identifier',
        type: 'token',
        description: 'The ward code (urn:hms:ward-code|<code>)',
        values: (l: FhirLocation) => (l.identifier ?? []).map((i) => ({ system: i.system, code: i.value })),
      },
      {
        name: 'partof',
        type: 'reference',
        description: 'The ward a bed is on (Location/<id>)',
        values: (l: FhirLocation) => (l.partOf ? [l.partOf.reference] : []),
      },
      {
        name: 'physical-type',
        type: 'token',
        description: 'wa (ward) or bd (bed)',
        values: (l: FhirLocation) => tokensOf(l.physicalType),
      },
      {
        name: 'operational-status',
        type: 'token',
        description: "A bed's occupancy: U (free), O (occupied) or C (out of service)",
        values: (l: FhirLocation) =>
          l.operationalStatus ? [{ system: l.operationalStatus.system, code: l.operationalStatus.code }] : [],
      },
    ],
  },
});
