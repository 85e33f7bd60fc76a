import type { FhirResource } from '@hms/sdk';
import type { PatientView } from '../contracts/queries';

/** The system of this installation's medical record numbers in FHIR identifiers. */
export const MRN_SYSTEM = 'urn:hms:mrn';
const IDENTIFIER_TYPES = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const BCP_47 = 'urn:ietf:bcp:47';

export interface FhirPatient extends FhirResource {
  readonly resourceType: 'Patient';
  readonly id: string;
  readonly identifier: readonly { readonly system: string; readonly value: string; readonly [more: string]: unknown }[];
  readonly name: readonly { readonly family: string; readonly given: readonly string[]; readonly use: string }[];
  readonly gender: string;
  readonly birthDate: string;
}

/**
 * A directory record as a FHIR Patient: the MRN first (type MR), then the identifiers the master index keeps,
 * names, contacts, address and preferred language. `meta.versionId` is the record's version (the REST ETag).
 */
export function patientResource(view: PatientView): FhirPatient {
  const telecom = [
    ...(view.phone === undefined ? [] : [{ system: 'phone', value: view.phone }]),
    ...(view.email === undefined ? [] : [{ system: 'email', value: view.email }]),
    ...(view.contacts ?? []).map((c) => ({ system: c.kind, value: c.value, use: c.use })),
  ];
  const { address } = view;
  return {
    resourceType: 'Patient',
    id: view.id,
    meta: { versionId: String(view.version), lastUpdated: view.updatedAt },
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: IDENTIFIER_TYPES, code: 'MR' }] },
        system: MRN_SYSTEM,
        value: view.mrn,
      },
      ...(view.identifiers ?? []).map((i) => ({ system: i.system, value: i.value })),
    ],
    active: true,
    name: [
      {
        use: 'official',
        family: view.familyName,
        given: view.middleName === undefined ? [view.givenName] : [view.givenName, view.middleName],
      },
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: view.gender,
    birthDate: view.birthDate,
    ...(address === undefined
      ? {}
      : {
          address: [
            {
              line: address.line2 === undefined ? [address.line1] : [address.line1, address.line2],
              city: address.city,
              ...(address.postalCode === undefined ? {} : { postalCode: address.postalCode }),
              country: address.country,
            },
          ],
        }),
    ...(view.preferredLanguage === undefined
      ? {}
      : {
          communication: [
            { language: { coding: [{ system: BCP_47, code: view.preferredLanguage }] }, preferred: true },
          ],
        }),
  };
}
