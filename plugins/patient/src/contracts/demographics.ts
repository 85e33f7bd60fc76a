import { z } from '@hms/sdk';
import { isCountryCode } from './country-codes';

/** A given, middle or family name: trimmed, 1 to 100 characters. */
export const personNameSchema = z.string().trim().min(1).max(100);

/** A calendar date, YYYY-MM-DD, that exists (no 2023-02-29). Not being in the future is a rule of the decider. */
export const birthDateSchema = z.iso.date();

/** Administrative gender, as FHIR's `AdministrativeGender`. */
export const genderSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const phoneSchema = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9][0-9 ()./-]{1,28}[0-9]$/,
    'Expected a phone number: digits, spaces, ( ) . / - and a leading +',
  );

export const emailSchema = z.string().trim().max(254).pipe(z.email());

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Expected an ISO 3166-1 alpha-2 country code, e.g. "PT"');

export const addressSchema = z.strictObject({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().min(1).max(200).optional(),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20).optional(),
  country: countryCodeSchema,
});

/** A BCP 47 language tag ("en", "pt-BR"), stored in canonical case so "pt-br" and "pt-BR" are one language. */
export const preferredLanguageSchema = z
  .string()
  .trim()
  .max(35)
  .refine(canonicalLanguageTag, 'Expected a BCP 47 language tag, e.g. "en" or "pt-BR"')
  .overwrite((tag) => canonicalLanguageTag(tag) ?? tag);

function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The demographic fields, as registration takes them. */
export const demographicsShape = {
  givenName: personNameSchema,
  familyName: personNameSchema,
  middleName: personNameSchema.optional(),
  birthDate: birthDateSchema,
  gender: genderSchema,
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
  address: addressSchema.optional(),
  preferredLanguage: preferredLanguageSchema.optional(),
};

/**
 * A change to demographics: only the fields given change. An optional field set to `null` is removed
 * (JSON merge patch); the address is replaced as a whole.
 */
export const demographicsChangesShape = {
  givenName: personNameSchema.optional(),
  familyName: personNameSchema.optional(),
  middleName: personNameSchema.nullable().optional(),
  birthDate: birthDateSchema.optional(),
  gender: genderSchema.optional(),
  phone: phoneSchema.nullable().optional(),
  email: emailSchema.nullable().optional(),
  address: addressSchema.nullable().optional(),
  preferredLanguage: preferredLanguageSchema.nullable().optional(),
};

export const demographicsSchema = z.strictObject(demographicsShape);
export const demographicsChangesSchema = z.strictObject(demographicsChangesShape);

export type Gender = z.infer<typeof genderSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Demographics = z.infer<typeof demographicsSchema>;
export type DemographicsChanges = z.infer<typeof demographicsChangesSchema>;

/** The demographic fields, in the order views and events list them. */
export const DEMOGRAPHIC_FIELDS = [
  'givenName',
  'familyName',
  'middleName',
  'birthDate',
  'gender',
  'phone',
  'email',
  'address',
  'preferredLanguage',
] as const satisfies readonly (keyof Demographics)[];
