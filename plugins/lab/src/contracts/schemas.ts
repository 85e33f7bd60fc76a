import { z } from '@hms/sdk';

/** A LOINC code (`2823-3`): tests and panels of the catalogue are named by it. */
export const loincCodeSchema = z.string().regex(/^[0-9]{1,7}-[0-9]$/, 'Expected a LOINC code such as 2823-3');
/** How soon the laboratory must run an order: stat (now), urgent (within the hour), routine (the day's runs). */
export const prioritySchema = z.enum(['routine', 'urgent', 'stat']);
/** The patient's sex as the order records it for the reference ranges (the patient plugin's administrative gender). */
export const patientSexSchema = z.enum(['female', 'male', 'other', 'unknown']);
/**
 * A result against the reference range for the patient's age and sex: N normal, H/L above/below it, HH/LL
 * beyond a critical limit (a value that threatens life unless acted on now). `null`: no range for this patient.
 */
export const flagSchema = z.enum(['N', 'H', 'L', 'HH', 'LL']).nullable();
export const specimenTypeSchema = z.enum(['serum', 'whole-blood']);
export const orderStatusSchema = z.enum(['placed', 'collected', 'received', 'resulted', 'released', 'cancelled']);

/** One measured value as the laboratory recorded it, with its flag and the range it was judged against. */
export const resultSchema = z.object({
  code: loincCodeSchema,
  value: z.number(),
  unit: z.string(),
  flag: flagSchema,
  referenceLow: z.number().nullable(),
  referenceHigh: z.number().nullable(),
  enteredBy: z.string(),
  enteredAt: z.iso.datetime(),
});

export const specimenLabelSchema = z.object({ specimen: specimenTypeSchema, labelCode: z.string() });

export type Priority = z.infer<typeof prioritySchema>;
export type PatientSex = z.infer<typeof patientSexSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type SpecimenType = z.infer<typeof specimenTypeSchema>;
export type OrderStatus = z.infer<typeof orderStatusSchema>;
export type LabResult = z.infer<typeof resultSchema>;
export type SpecimenLabel = z.infer<typeof specimenLabelSchema>;
