import { defineQuery, z } from '@hms/sdk';
import { bedServiceReasonSchema, dispositionSchema } from './schemas';

export const ListWards = defineQuery(
  'adt.ListWards',
  z.strictObject({}),
  'List wards with bed counts',
).returns<WardList>();

export const GetWardBoard = defineQuery(
  'adt.GetWardBoard',
  z.strictObject({ wardId: z.uuid() }),
  "A ward's bed board: every bed, its status and who is in it",
).returns<WardBoard>();

export const GetCensus = defineQuery(
  'adt.GetCensus',
  z.strictObject({
    wardId: z.uuid().optional().describe('Only this ward (default: every ward)'),
    patientId: z.uuid().optional().describe("Only this patient's bed (adt 1.6): the banner's location"),
  }),
  'Who is in which bed now',
).returns<Census>();

export const bedViewSchema = z.object({ id: z.uuid(), label: z.string() });

/** A ward as defined (the answer to defining one). */
export const wardViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  specialty: z.string(),
  beds: z.array(bedViewSchema),
});

export const wardSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  specialty: z.string(),
  beds: z.number().int().describe('Beds on the ward'),
  inService: z.number().int().describe('Beds that can take a patient (free or occupied)'),
  occupied: z.number().int(),
  free: z.number().int().describe('In service and empty'),
});
export const wardListSchema = z.object({ items: z.array(wardSummarySchema) });

export const bedStatusSchema = z.enum(['vacant', 'occupied', 'out-of-service']);

export const occupantSchema = z.object({
  patientId: z.uuid(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  stayId: z.uuid(),
  inBedSince: z.iso.datetime(),
});

/**
 * Who admitted the occupant: the id the admission recorded and, where the staff plugin is enabled and the user may
 * read its directory, their name and position (null otherwise: the board then shows the id).
 */
export const admittingPractitionerSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  position: z.string().nullable(),
});

export const boardBedSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  status: bedStatusSchema,
  outOfServiceReason: bedServiceReasonSchema.optional(),
  occupant: occupantSchema.extend({ admittingPractitioner: admittingPractitionerSchema.optional() }).optional(),
});
export const wardBoardSchema = z.object({
  ward: wardViewSchema.omit({ beds: true }),
  beds: z.array(boardBedSchema),
});

export const censusEntrySchema = occupantSchema.extend({
  wardId: z.uuid(),
  wardCode: z.string(),
  bedId: z.uuid(),
  bedLabel: z.string(),
  admittedAt: z.iso.datetime(),
});
export const censusSchema = z.object({ items: z.array(censusEntrySchema) });

/** A bed after a command changed it. */
export const bedChangeSchema = z.object({
  wardId: z.uuid(),
  bedId: z.uuid(),
  label: z.string(),
  status: z.enum(['vacant', 'occupied', 'out-of-service', 'removed']),
});

/** A stay (one admission) as the command that changed it leaves it. */
export const stayViewSchema = z.object({
  stayId: z.uuid(),
  patientId: z.uuid(),
  status: z.enum(['admitted', 'discharged']),
  wardId: z.uuid().describe('The current ward, or the ward discharged from'),
  bedId: z.uuid(),
  admittedAt: z.iso.datetime(),
  inBedSince: z.iso.datetime().optional().describe('While admitted: since when the patient is in this bed'),
  dischargedAt: z.iso.datetime().optional(),
  disposition: dispositionSchema.optional(),
});

export type WardView = z.infer<typeof wardViewSchema>;
export type WardList = z.infer<typeof wardListSchema>;
export type WardBoard = z.infer<typeof wardBoardSchema>;
export type BoardBed = z.infer<typeof boardBedSchema>;
export type Census = z.infer<typeof censusSchema>;
export type CensusEntry = z.infer<typeof censusEntrySchema>;
export type BedChange = z.infer<typeof bedChangeSchema>;
export type StayView = z.infer<typeof stayViewSchema>;

/** One member of a ward's team. */
export const wardStaffMemberSchema = z.object({
  wardId: z.uuid(),
  memberId: z.string(),
  assignedAt: z.string(),
  until: z.string().nullable(),
  active: z.boolean(),
});
export type WardStaffMember = z.infer<typeof wardStaffMemberSchema>;
export const wardStaffListSchema = z.object({ wardId: z.uuid(), items: z.array(wardStaffMemberSchema) });
export type WardStaffList = z.infer<typeof wardStaffListSchema>;

/** Who is on a ward's team now (assignments not ended and not past their end). No patient data. */
export const ListWardStaff = defineQuery(
  'adt.ListWardStaff',
  z.strictObject({ wardId: z.uuid() }),
  "List a ward's team",
).returns<WardStaffList>();
