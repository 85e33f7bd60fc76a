import { defineEvent, z } from '@hms/sdk';
import { contractTermSchema } from './schemas';

/** Who did it and when: every staff event says so. */
export const recorded = { at: z.iso.datetime(), by: z.string() };

const details = {
  givenName: z.string(),
  familyName: z.string(),
  workEmail: z.string(),
  phone: z.string().optional(),
  departmentId: z.uuid(),
  position: z.string(),
  accountId: z.string().optional(),
};

export const EmployeeHired = defineEvent(
  'staff.EmployeeHired',
  z.object({
    ...recorded,
    employeeId: z.uuid(),
    staffNumber: z.string(),
    ...details,
    term: contractTermSchema,
  }),
  { description: 'An employee was hired, with the first term of their contract' },
);

export const EmployeeDetailsUpdated = defineEvent(
  'staff.EmployeeDetailsUpdated',
  z.object({
    ...recorded,
    employeeId: z.uuid(),
    ...z.object(details).partial().shape,
  }),
  {
    description:
      "An employee's contact details, department, position or login account changed (the changed fields only)",
  },
);

export const ContractTermAdded = defineEvent(
  'staff.ContractTermAdded',
  z.object({
    ...recorded,
    employeeId: z.uuid(),
    term: contractTermSchema,
  }),
  { description: 'A new contract term applies from its date (a pay rise, a new grade, a change of hours)' },
);

export const EmploymentTerminated = defineEvent(
  'staff.EmploymentTerminated',
  z.object({
    ...recorded,
    employeeId: z.uuid(),
    lastDay: z.iso.date(),
    reason: z.string(),
  }),
  { description: 'The employment ends on its last day' },
);

export const LicenceRecorded = defineEvent(
  'staff.LicenceRecorded',
  z.object({
    ...recorded,
    licenceId: z.uuid(),
    employeeId: z.uuid(),
    body: z.string(),
    number: z.string(),
    skills: z.array(z.string()),
    validFrom: z.iso.date(),
    expiresOn: z.iso.date(),
  }),
  { description: 'A professional registration or licence was recorded with the skills it covers' },
);

export const LicenceRenewed = defineEvent(
  'staff.LicenceRenewed',
  z.object({
    ...recorded,
    licenceId: z.uuid(),
    employeeId: z.uuid(),
    expiresOn: z.iso.date(),
    previousExpiresOn: z.iso.date(),
  }),
  { description: 'A licence was renewed to a later expiry date' },
);

export const LicenceExpired = defineEvent(
  'staff.LicenceExpired',
  z.object({
    ...recorded,
    licenceId: z.uuid(),
    employeeId: z.uuid(),
    expiredOn: z.iso.date(),
  }),
  { description: 'A licence passed its expiry date: the skills it covers no longer count on the roster' },
);

export const EMPLOYEE_EVENTS = [
  EmployeeHired,
  EmployeeDetailsUpdated,
  ContractTermAdded,
  EmploymentTerminated,
  LicenceRecorded,
  LicenceRenewed,
  LicenceExpired,
] as const;
