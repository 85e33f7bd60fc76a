import { defineCommand, z } from '@hms/sdk';
import { contractTermSchema, personNameSchema, reasonSchema, skillSchema } from './schemas';

const details = {
  givenName: personNameSchema,
  familyName: personNameSchema,
  workEmail: z.email().max(200),
  phone: z.string().trim().min(3).max(40).optional(),
  departmentId: z.uuid(),
  position: z.string().trim().min(1).max(120),
  /** The login account the employee signs in with, when they have one. */
  accountId: z.string().min(1).max(200).optional(),
};

export const HireEmployee = defineCommand(
  'staff.HireEmployee',
  z.strictObject({
    /**
     * Only to bring in someone other plugins already name by an id (an existing schedule's practitioner id):
     * the employee then keeps that id. Left out, a new id is made.
     */
    employeeId: z.uuid().optional(),
    ...details,
    staffNumber: z.string().trim().min(1).max(40),
    firstTerm: contractTermSchema.omit({ termId: true }),
  }),
  'Hire an employee with the first term of their contract',
).returns<{ id: string }>();

export const UpdateEmployeeDetails = defineCommand(
  'staff.UpdateEmployeeDetails',
  z.strictObject({
    employeeId: z.uuid(),
    ...z.object(details).partial().shape,
  }),
  "Change an employee's contact details, department, position or login account",
).returns<{ id: string }>();

export const AddContractTerm = defineCommand(
  'staff.AddContractTerm',
  z.strictObject({
    employeeId: z.uuid(),
    term: contractTermSchema.omit({ termId: true }),
  }),
  'A new contract term from a date: a pay rise, a new grade, a change of hours',
).returns<{ id: string }>();

export const TerminateEmployment = defineCommand(
  'staff.TerminateEmployment',
  z.strictObject({
    employeeId: z.uuid(),
    lastDay: z.iso.date(),
    reason: reasonSchema,
  }),
  'End the employment on its last working day',
).returns<{ id: string }>();

export const RecordLicence = defineCommand(
  'staff.RecordLicence',
  z.strictObject({
    employeeId: z.uuid(),
    /** The registering body: "NMC", "GMC", "HCPC". */
    body: z.string().trim().min(1).max(60),
    number: z.string().trim().min(1).max(60),
    /** The work the registration allows: the roster counts these skills only while it is valid. */
    skills: z.array(skillSchema).min(1).max(20),
    validFrom: z.iso.date(),
    expiresOn: z.iso.date(),
  }),
  'Record a professional registration or licence and the skills it covers',
).returns<{ id: string }>();

export const RenewLicence = defineCommand(
  'staff.RenewLicence',
  z.strictObject({
    licenceId: z.uuid(),
    expiresOn: z.iso.date(),
  }),
  'Renew a licence to a later expiry date',
).returns<{ id: string; expiresOn: string }>();

export const ExpireLicence = defineCommand(
  'staff.ExpireLicence',
  z.strictObject({ licenceId: z.uuid() }),
  'Mark a licence expired once its expiry date has passed (run by a daily job)',
).returns<{ id: string }>();
