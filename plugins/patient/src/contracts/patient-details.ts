import { z } from '@hms/sdk';
import { birthDateSchema, emailSchema, phoneSchema } from './demographics';

/**
 * The master patient index's details beyond the basic demographics: how to reach the patient, whom to call,
 * which identifiers other institutions know the patient by, and the insurance coverage billing will use.
 * Each list is replaced as a whole when it changes.
 */

/** What a phone number or e-mail address is for, as FHIR's `ContactPoint.use`. */
export const contactUseSchema = z.enum(['home', 'work', 'mobile']);

export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), use: contactUseSchema, value: phoneSchema }),
  z.strictObject({ kind: z.literal('email'), use: contactUseSchema, value: emailSchema }),
]);

export const kinRelationshipSchema = z.enum([
  'spouse',
  'partner',
  'parent',
  'child',
  'sibling',
  'guardian',
  'friend',
  'other',
]);

export const nextOfKinSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  relationship: kinRelationshipSchema,
  phone: phoneSchema.optional(),
});

/** The kind of an identifier; `system` names who issued it (a country code, an agency, a URI). */
export const identifierKindSchema = z.enum(['national-id', 'passport', 'other']);

export const identifierSchema = z.strictObject({
  kind: identifierKindSchema,
  system: z.string().trim().min(1).max(100),
  value: z.string().trim().min(1).max(64),
});

export const coverageSchema = z
  .strictObject({
    payer: z.string().trim().min(1).max(200),
    memberNumber: z.string().trim().min(1).max(64),
    plan: z.string().trim().min(1).max(200).optional(),
    validFrom: birthDateSchema,
    validTo: birthDateSchema.optional(),
  })
  .refine((c) => c.validTo === undefined || c.validTo >= c.validFrom, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });

/** The details, each optional; as registration and `UpdatePatientDetails` take them. */
export const patientDetailsShape = {
  contacts: z.array(contactSchema).max(10).optional(),
  nextOfKin: z.array(nextOfKinSchema).max(5).optional(),
  identifiers: z.array(identifierSchema).max(10).optional(),
  coverages: z.array(coverageSchema).max(5).optional(),
};

export const patientDetailsSchema = z.strictObject(patientDetailsShape);

export type ContactPoint = z.infer<typeof contactSchema>;
export type NextOfKin = z.infer<typeof nextOfKinSchema>;
export type PatientIdentifier = z.infer<typeof identifierSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type PatientDetails = z.infer<typeof patientDetailsSchema>;

/** The detail lists, in the order views and events list them. */
export const DETAIL_FIELDS = ['contacts', 'nextOfKin', 'identifiers', 'coverages'] as const satisfies readonly (keyof PatientDetails)[];

/**
 * The value an identifier is unique by within its system: upper case, without spaces, dots, dashes or slashes,
 * so "123.456.789-0" and "1234567890" are one identifier.
 */
export function identifierValueKey(value: string): string {
  return value.toUpperCase().replace(/[\s./-]+/g, '');
}

/** The system an identifier is unique within, compared without case. */
export function identifierSystemKey(system: string): string {
  return system.trim().toLowerCase();
}

/**
 * Why the front desk registered a patient despite likely duplicates. Codes only: the audit trail and events
 * carry no free text.
 */
export const duplicateOverrideReasonSchema = z.enum([
  'verified-different-person',
  'multiple-birth',
  'emergency-unidentified',
  'other',
]);

/** Why two records were merged. */
export const mergeReasonSchema = z.enum(['duplicate-registration', 'identity-verified', 'other']);
