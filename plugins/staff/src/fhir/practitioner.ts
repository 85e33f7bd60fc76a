import type { FhirResource } from '@hms/sdk';
import type { FhirStaffMember } from './fhir-directory.queries';

/** The staff number's identifier system (an internal URN: the hospital's own numbering). */
export const STAFF_NUMBER_SYSTEM = 'urn:hms:staff-number';

export interface FhirPractitioner extends FhirResource {
  readonly resourceType: 'Practitioner';
  readonly id: string;
  readonly identifier: { system: string; value: string }[];
  readonly active: boolean;
  readonly name: { use: string; family: string; given: string[]; text: string }[];
}

export interface FhirPractitionerRole extends FhirResource {
  readonly resourceType: 'PractitionerRole';
  readonly id: string;
  readonly active: boolean;
  readonly practitioner: { reference: string; display: string };
  readonly code: { text: string }[];
}

/**
 * An employee as a Practitioner: the staff number, the official name, active while employed, and each
 * registration as a qualification (the body and skills in words, valid from and to).
 */
export function practitionerResource(member: FhirStaffMember): FhirPractitioner {
  return {
    resourceType: 'Practitioner',
    id: member.id,
    identifier: [{ system: STAFF_NUMBER_SYSTEM, value: member.staffNumber }],
    active: member.status === 'employed',
    name: [
      {
        use: 'official',
        family: member.familyName,
        given: [member.givenName],
        text: `${member.givenName} ${member.familyName}`,
      },
    ],
    ...(member.licences.length === 0
      ? {}
      : {
          qualification: member.licences.map((licence) => ({
            code: {
              text: licence.skills.length === 0 ? licence.body : `${licence.body}: ${licence.skills.join(', ')}`,
            },
            period: { start: licence.validFrom, end: licence.expiresOn },
          })),
        }),
  };
}

/**
 * The employee's post as a PractitionerRole (one per employee, with the employee's id): the position and the
 * department in words, over the employment's dates, active while employed.
 */
export function practitionerRoleResource(member: FhirStaffMember): FhirPractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: member.id,
    active: member.status === 'employed',
    period: { start: member.firstDay, ...(member.lastDay === null ? {} : { end: member.lastDay }) },
    practitioner: { reference: `Practitioner/${member.id}`, display: `${member.givenName} ${member.familyName}` },
    code: [{ text: member.position }],
    ...(member.departmentName === null ? {} : { specialty: [{ text: member.departmentName }] }),
  };
}
