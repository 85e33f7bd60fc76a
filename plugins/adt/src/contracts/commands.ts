import { defineCommand, z } from '@hms/sdk';
import type { BedChange, StayView, WardStaffMember, WardView } from './queries';
import { bedServiceReasonSchema, dispositionSchema } from './schemas';

/**
 * The coded side of an ADT reason (reports count by category) plus an optional code from the hospital's list
 * (e.g. an ICD-10 code) and free text. The text is clinical patient data: it stays in the stay's events.
 */
const reasonShape = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, 'Expected a reason code, e.g. "I21.9"')
    .optional(),
  text: z.string().trim().min(1).max(500).optional(),
};

export const admissionCategorySchema = z.enum([
  'emergency',
  'urgent',
  'elective',
  'maternity',
  'newborn',
  'transfer-in',
  'other',
]);
export const transferCategorySchema = z.enum([
  'clinical-need',
  'step-up',
  'step-down',
  'isolation',
  'bed-management',
  'patient-request',
  'other',
]);

export const admissionReasonSchema = z.strictObject({ category: admissionCategorySchema, ...reasonShape });
export const transferReasonSchema = z.strictObject({ category: transferCategorySchema, ...reasonShape });

/** When it happened, if not now (entered after the fact); never in the future. */
const eventTime = z.iso.datetime({ offset: true }).transform((at) => new Date(at).toISOString());

export const AdmitPatient = defineCommand(
  'adt.AdmitPatient',
  z.strictObject({
    patientId: z.uuid(),
    wardId: z.uuid(),
    bedId: z.uuid(),
    reason: admissionReasonSchema,
    admittingPractitionerId: z.string().trim().min(1).max(64).optional(),
    admittedAt: eventTime.optional(),
  }),
  { description: 'Admit a patient to a vacant bed', offline: true },
).returns<StayView>();

/** The body of a transfer (the patient is in the path). */
export const transferBodySchema = z.strictObject({
  toWardId: z.uuid(),
  toBedId: z.uuid(),
  reason: transferReasonSchema,
  transferredAt: eventTime.optional(),
});

export const TransferPatient = defineCommand(
  'adt.TransferPatient',
  transferBodySchema.extend({ patientId: z.uuid() }),
  { description: 'Move an admitted patient to another vacant bed, on the same or another ward', offline: true },
).returns<StayView>();

/** The body of a discharge (the patient is in the path). */
export const dischargeBodySchema = z.strictObject({
  disposition: dispositionSchema,
  note: z.string().trim().min(1).max(500).optional(),
  dischargedAt: eventTime.optional(),
});

export const DischargePatient = defineCommand(
  'adt.DischargePatient',
  dischargeBodySchema.extend({ patientId: z.uuid() }),
  { description: 'Discharge an admitted patient, freeing the bed', offline: true },
).returns<StayView>();

export type AdmissionReason = z.infer<typeof admissionReasonSchema>;
export type TransferReason = z.infer<typeof transferReasonSchema>;

// Wards and beds.
/** A ward's short code as the hospital writes it on signs and lists ("ICU-2", "MED3"). */
export const wardCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/, 'Expected a ward code: up to 20 letters, digits, - and _')
  .toUpperCase();
/** A bed's label within its ward ("12", "B3", "Side room 1"). */
export const bedLabelSchema = z.string().trim().min(1).max(30);

export const DefineWard = defineCommand(
  'adt.DefineWard',
  z.strictObject({
    code: wardCodeSchema,
    name: z.string().trim().min(1).max(100),
    specialty: z.string().trim().min(1).max(100).describe('Specialty or department, e.g. "Cardiology"'),
    beds: z.array(bedLabelSchema).max(200).optional().describe('Labels of the beds to add at once'),
  }),
  'Define a ward, optionally with its beds',
).returns<WardView>();

/** The body of adding a bed (the ward is in the path). */
export const addBedBodySchema = z.strictObject({ label: bedLabelSchema });

export const AddBed = defineCommand(
  'adt.AddBed',
  addBedBodySchema.extend({ wardId: z.uuid() }),
  'Add a bed to a ward',
).returns<BedChange>();

export const RemoveBed = defineCommand(
  'adt.RemoveBed',
  z.strictObject({ wardId: z.uuid(), bedId: z.uuid() }),
  'Remove an empty bed from its ward for good',
).returns<BedChange>();

/** The body of renaming a bed (ward and bed are in the path). */
export const renameBedBodySchema = z.strictObject({ label: bedLabelSchema });

export const RenameBed = defineCommand(
  'adt.RenameBed',
  renameBedBodySchema.extend({ wardId: z.uuid(), bedId: z.uuid() }),
  'Give a bed another label',
).returns<BedChange>();

/** The body of a service change (ward and bed are in the path). */
export const bedServiceBodySchema = z.discriminatedUnion('inService', [
  z.strictObject({ inService: z.literal(true) }),
  z.strictObject({ inService: z.literal(false), reason: bedServiceReasonSchema }),
]);

export const SetBedService = defineCommand(
  'adt.SetBedService',
  z.discriminatedUnion('inService', [
    z.strictObject({ wardId: z.uuid(), bedId: z.uuid(), inService: z.literal(true) }),
    z.strictObject({ wardId: z.uuid(), bedId: z.uuid(), inService: z.literal(false), reason: bedServiceReasonSchema }),
  ]),
  'Take an empty bed out of service (with a reason) or put it back in service',
).returns<BedChange>();

/** A member of a ward's team: an account id, or the practitioner id the hospital linked to an account. */
export const wardStaffMemberIdSchema = z.string().trim().min(1).max(100);

/** The body of an assignment (the ward is in the path): who, and until when (open-ended when left out). */
export const assignWardStaffBodySchema = z.strictObject({
  memberId: wardStaffMemberIdSchema,
  until: z.iso.datetime({ offset: true }).optional(),
});

/**
 * Puts a nurse or doctor on a ward's team: under the care-relationship policy they then reach the clinical record
 * of every patient admitted to that ward, for as long as the assignment lasts.
 */
export const AssignWardStaff = defineCommand(
  'adt.AssignWardStaff',
  assignWardStaffBodySchema.extend({ wardId: z.uuid() }),
  "Put a nurse or doctor on a ward's team",
).returns<WardStaffMember>();

export const EndWardStaffAssignment = defineCommand(
  'adt.EndWardStaffAssignment',
  z.strictObject({ wardId: z.uuid(), memberId: wardStaffMemberIdSchema }),
  "Take someone off a ward's team",
).returns<WardStaffMember>();
