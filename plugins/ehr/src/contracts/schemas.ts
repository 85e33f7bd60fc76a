import { z } from '@hms/sdk';

/** An ICD-10 code as written (`E11.9`, `I10`, `J45.909`): a letter, two digits, optionally a dot and 1–4 more. */
export const icd10CodeSchema = z
  .string()
  .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, 'Expected an ICD-10 code such as E11.9');
/** A LOINC code (`8867-4`): digits, a dash and a check digit. */
export const loincCodeSchema = z.string().regex(/^[0-9]{1,7}-[0-9]$/, 'Expected a LOINC code such as 8867-4');
/** A UCUM unit as written in the LOINC list (`/min`, `Cel`, `[degF]`, `mm[Hg]`, `kg`). */
export const ucumUnitSchema = z.string().min(1).max(40);

export const encounterClassSchema = z.enum(['outpatient', 'inpatient']);
export const problemKindSchema = z.enum(['diagnosis', 'problem']);
export const allergySeveritySchema = z.enum(['mild', 'moderate', 'severe']);
/** FHIR AllergyIntolerance.criticality: the potential for a serious reaction on future exposure. */
export const allergyCriticalitySchema = z.enum(['low', 'high', 'unable-to-assess']);
export const allergyCategorySchema = z.enum(['food', 'medication', 'environment', 'biologic']);
export const allergyTypeSchema = z.enum(['allergy', 'intolerance']);
export const allergyStatusSchema = z.enum(['active', 'inactive', 'resolved', 'entered-in-error']);
export const comparatorSchema = z.enum(['<', '<=', '>', '>=']);

export const dosageSchema = z.object({
  dose: z.string().min(1).max(60),
  route: z.string().min(1).max(40),
  frequency: z.string().min(1).max(60),
});

/**
 * A prescriber's decision to prescribe despite a warning (1.10): the allergies and active prescriptions they saw,
 * by id, and why. The server refuses when it finds a conflict not named here (one recorded since, say).
 */
export const prescribingOverrideSchema = z.object({
  allergyIds: z.array(z.uuid()).max(50),
  medicationIds: z.array(z.uuid()).max(50),
  reason: z.string().trim().min(1).max(500),
});
export type PrescribingOverride = z.infer<typeof prescribingOverrideSchema>;

/** The units of a medication the pharmacy supplies for a prescription (tablets, vials…). */
export const supplyQuantitySchema = z.number().int().positive().max(100_000);

/** A goal of a plan: in words, and optionally measurable (a LOINC code's latest value against a target). */
export const goalSchema = z.object({
  goalId: z.uuid(),
  description: z.string().min(1).max(500),
  target: z
    .object({ code: loincCodeSchema, comparator: comparatorSchema, value: z.number(), unit: ucumUnitSchema })
    .optional(),
});
export const goalInputSchema = goalSchema.omit({ goalId: true });

export type EncounterClass = z.infer<typeof encounterClassSchema>;
/** A member's part in an encounter's care team. */
export const careTeamRoleSchema = z.enum(['attending', 'consulting', 'nursing', 'other']);
export type CareTeamRole = z.infer<typeof careTeamRoleSchema>;
/** An account id, or the practitioner id an account is linked to. */
export const careTeamMemberIdSchema = z.string().trim().min(1).max(100);
export type AllergyStatus = z.infer<typeof allergyStatusSchema>;
export type Dosage = z.infer<typeof dosageSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
