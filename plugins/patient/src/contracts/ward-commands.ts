import { defineCommand, z } from '@hms/sdk';

/** A ward's short code as the hospital writes it on signs and lists ("ICU-2", "MED3"). */
export const wardCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/, 'Expected a ward code: up to 20 letters, digits, - and _')
  .toUpperCase();
/** A bed's label within its ward ("12", "B3", "Side room 1"). */
export const bedLabelSchema = z.string().trim().min(1).max(30);
/** Why a bed is out of service (cleaning, maintenance, isolation…): administrative, never clinical text. */
export const bedServiceReasonSchema = z.enum(['cleaning', 'maintenance', 'isolation', 'staffing', 'other']);

export const DefineWard = defineCommand(
  'patient.DefineWard',
  z.strictObject({
    code: wardCodeSchema,
    name: z.string().trim().min(1).max(100),
    specialty: z.string().trim().min(1).max(100).describe('Specialty or department, e.g. "Cardiology"'),
    beds: z.array(bedLabelSchema).max(200).optional().describe('Labels of the beds to add at once'),
  }),
  'Define a ward, optionally with its beds',
);

/** The body of adding a bed (the ward is in the path). */
export const addBedBodySchema = z.strictObject({ label: bedLabelSchema });

export const AddBed = defineCommand(
  'patient.AddBed',
  addBedBodySchema.extend({ wardId: z.uuid() }),
  'Add a bed to a ward',
);

export const RemoveBed = defineCommand(
  'patient.RemoveBed',
  z.strictObject({ wardId: z.uuid(), bedId: z.uuid() }),
  'Remove an empty bed from its ward for good',
);

/** The body of a service change (ward and bed are in the path). */
export const bedServiceBodySchema = z.discriminatedUnion('inService', [
  z.strictObject({ inService: z.literal(true) }),
  z.strictObject({ inService: z.literal(false), reason: bedServiceReasonSchema }),
]);

export const SetBedService = defineCommand(
  'patient.SetBedService',
  z.discriminatedUnion('inService', [
    z.strictObject({ wardId: z.uuid(), bedId: z.uuid(), inService: z.literal(true) }),
    z.strictObject({ wardId: z.uuid(), bedId: z.uuid(), inService: z.literal(false), reason: bedServiceReasonSchema }),
  ]),
  'Take an empty bed out of service (with a reason) or put it back in service',
);

export type BedServiceReason = z.infer<typeof bedServiceReasonSchema>;
