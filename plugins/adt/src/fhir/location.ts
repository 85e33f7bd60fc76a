import type { FhirResource } from '@hms/sdk';
import type { FhirWard } from './fhir-locations.queries';

const PHYSICAL_TYPE = 'http://terminology.hl7.org/CodeSystem/location-physical-type';
/** A bed's occupancy (HL7 v2 table 0116, as FHIR's Location.operationalStatus uses it). */
const BED_STATUS = 'http://terminology.hl7.org/CodeSystem/v2-0116';
/** The ward's code as an identifier (an internal URN: the hospital's own codes). */
export const WARD_CODE_SYSTEM = 'urn:hms:ward-code';

export interface FhirLocation extends FhirResource {
  readonly resourceType: 'Location';
  readonly id: string;
  readonly name: string;
  readonly physicalType: { coding: { system: string; code: string }[] };
  readonly partOf?: { reference: string };
  readonly operationalStatus?: { system: string; code: string; display: string };
  readonly identifier?: { system: string; value: string }[];
}

const OCCUPANCY = {
  vacant: { code: 'U', display: 'Unoccupied' },
  occupied: { code: 'O', display: 'Occupied' },
  'out-of-service': { code: 'C', display: 'Closed' },
} as const;

/**
 * A ward and its beds as Locations: the ward (`physicalType` wa) with its code as identifier and its specialty in
 * words, each bed (`bd`) part of its ward with its occupancy as `operationalStatus` (U, O or C); never who is in it.
 */
export function locationsOf(ward: FhirWard): FhirLocation[] {
  const wardLocation: FhirLocation = {
    resourceType: 'Location',
    id: ward.id,
    identifier: [{ system: WARD_CODE_SYSTEM, value: ward.code }],
    status: 'active',
    name: ward.name,
    alias: [ward.code],
    description: ward.specialty,
    mode: 'instance',
    physicalType: { coding: [{ system: PHYSICAL_TYPE, code: 'wa' }] },
  };
  const beds = ward.beds.map((bed): FhirLocation => ({
    resourceType: 'Location',
    id: bed.id,
    status: 'active',
    operationalStatus: { system: BED_STATUS, ...OCCUPANCY[bed.status] },
    name: `${ward.name} ${bed.label}`,
    alias: [bed.label],
    mode: 'instance',
    physicalType: { coding: [{ system: PHYSICAL_TYPE, code: 'bd' }] },
    partOf: { reference: `Location/${ward.id}` },
  }));
  return [wardLocation, ...beds];
}
