import { z } from '@hms/sdk';
import { isValidMrn } from '../domain/mrn/mrn';

/** ISO 3166-1 alpha-2: the 249 officially assigned country codes. */
const ISO_3166_ALPHA_2 = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
  CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
  GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
  JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
  MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM
  PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
`;

export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA_2.trim().split(/\s+/));

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** A medical record number: 9 digits, the last a Luhn check digit. */
export const mrnSchema = z
  .string()
  .regex(/^\d{9}$/, 'Expected a medical record number of 9 digits')
  .refine(isValidMrn, 'Not a valid medical record number: the check digit does not match');

/** A given, middle or family name: trimmed, 1 to 100 characters. */
export const personNameSchema = z.string().trim().min(1).max(100);

/** A calendar date, YYYY-MM-DD, that exists (no 2023-02-29). Not being in the future is a rule of the decider. */
export const birthDateSchema = z.iso.date();

/** Administrative gender, as FHIR's `AdministrativeGender`. */
export const genderSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()./-]{1,28}[0-9]$/, 'Expected a phone number: digits, spaces, ( ) . / - and a leading +');

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
export const DETAIL_FIELDS = [
  'contacts',
  'nextOfKin',
  'identifiers',
  'coverages',
] as const satisfies readonly (keyof PatientDetails)[];

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

/**
 * Why a merge is undone, in the clerk's words ("two different people: twins with one birth date"). Required: an
 * unmerge splits what was one person's record, and the privacy officer reviewing it needs the reason.
 */
export const unmergeReasonSchema = z.string().trim().min(3).max(500);

/** Recorded on a registration the front desk made despite likely duplicates: why, and which records matched. */
export const duplicateOverrideSchema = z.object({
  reason: duplicateOverrideReasonSchema,
  candidateIds: z.array(z.uuid()),
});
export type DuplicateOverride = z.infer<typeof duplicateOverrideSchema>;
