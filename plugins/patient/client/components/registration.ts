import type { RegisterPatientBody } from '$lib/api/client';
import type { Problem } from '$lib/api/problem';
import { messages as msg } from '../messages';

/** The registration form as typed: every field a string, empty when not given. */
export interface RegistrationDraft {
  givenName: string;
  middleName: string;
  familyName: string;
  birthDate: string;
  gender: string;
  phone: string;
  email: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  preferredLanguage: string;
}

export type DraftField = keyof RegistrationDraft;

/** Why a registration goes ahead although it looks like a patient already registered (the API audits it). */
export type OverrideReason = NonNullable<RegisterPatientBody['duplicateOverrideReason']>;

/** The same registration, confirmed as a different person. */
export function withDuplicateOverride(body: RegisterPatientBody, reason: OverrideReason): RegisterPatientBody {
  return { ...body, overrideDuplicateCheck: true, duplicateOverrideReason: reason };
}
export type FieldErrors = Partial<Record<DraftField, string>>;

export const emptyDraft = (): RegistrationDraft => ({
  givenName: '',
  middleName: '',
  familyName: '',
  birthDate: '',
  gender: '',
  phone: '',
  email: '',
  line1: '',
  line2: '',
  city: '',
  postalCode: '',
  country: '',
  preferredLanguage: '',
});

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
const PHONE = /^\+?[0-9][0-9 ()./-]{1,28}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a calendar date that exists, as YYYY-MM-DD (no 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * The same rules as the API's registration schema (plugins/patient, contracts/demographics.ts), so most mistakes
 * are caught before anything is queued. The server still decides (it also checks the country against ISO 3166).
 * `today` is the local date as YYYY-MM-DD. Answers the body to send, or the errors by field.
 */
export function validateRegistration(
  draft: RegistrationDraft,
  today: string,
): { body: RegisterPatientBody; errors?: undefined } | { body?: undefined; errors: FieldErrors } {
  const v = Object.fromEntries(Object.entries(draft).map(([k, s]) => [k, s.trim()])) as unknown as RegistrationDraft;
  const errors: FieldErrors = {};
  const name = (field: 'givenName' | 'familyName' | 'middleName', required: boolean) => {
    if (v[field] === '') {
      if (required) errors[field] = msg.validation.required;
    } else if (v[field].length > 100) errors[field] = msg.validation.tooLong(100);
  };
  name('givenName', true);
  name('familyName', true);
  name('middleName', false);
  if (v.birthDate === '') errors.birthDate = msg.validation.required;
  else if (!isIsoDate(v.birthDate)) errors.birthDate = msg.validation.date;
  else if (v.birthDate > today) errors.birthDate = msg.validation.futureDate;
  if (!(GENDERS as readonly string[]).includes(v.gender)) errors.gender = msg.validation.gender;
  if (v.phone !== '' && !PHONE.test(v.phone)) errors.phone = msg.validation.phone;
  if (v.email !== '' && (v.email.length > 254 || !EMAIL.test(v.email))) errors.email = msg.validation.email;
  if (v.preferredLanguage !== '' && (v.preferredLanguage.length > 35 || !isLanguageTag(v.preferredLanguage))) {
    errors.preferredLanguage = msg.validation.language;
  }
  const hasAddress = [v.line1, v.line2, v.city, v.postalCode, v.country].some((s) => s !== '');
  if (hasAddress) {
    if (v.line1 === '') errors.line1 = msg.validation.addressIncomplete;
    else if (v.line1.length > 200) errors.line1 = msg.validation.tooLong(200);
    if (v.line2.length > 200) errors.line2 = msg.validation.tooLong(200);
    if (v.city === '') errors.city = msg.validation.addressIncomplete;
    else if (v.city.length > 100) errors.city = msg.validation.tooLong(100);
    if (v.postalCode.length > 20) errors.postalCode = msg.validation.tooLong(20);
    if (!/^[A-Za-z]{2}$/.test(v.country)) errors.country = msg.validation.country;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const optional = (s: string) => (s === '' ? undefined : s);
  const body: RegisterPatientBody = {
    givenName: v.givenName,
    familyName: v.familyName,
    middleName: optional(v.middleName),
    birthDate: v.birthDate,
    gender: v.gender as RegisterPatientBody['gender'],
    phone: optional(v.phone),
    email: optional(v.email),
    preferredLanguage: optional(v.preferredLanguage),
    address: hasAddress
      ? {
          line1: v.line1,
          line2: optional(v.line2),
          city: v.city,
          postalCode: optional(v.postalCode),
          country: v.country.toUpperCase(),
        }
      : undefined,
  };
  return { body: JSON.parse(JSON.stringify(body)) as RegisterPatientBody }; // drops the undefined members
}

/** A queued body back into the form (to correct a rejected registration). */
export function draftFromBody(body: RegisterPatientBody): RegistrationDraft {
  return {
    ...emptyDraft(),
    givenName: body.givenName,
    familyName: body.familyName,
    middleName: body.middleName ?? '',
    birthDate: body.birthDate,
    gender: body.gender,
    phone: body.phone ?? '',
    email: body.email ?? '',
    preferredLanguage: body.preferredLanguage ?? '',
    line1: body.address?.line1 ?? '',
    line2: body.address?.line2 ?? '',
    city: body.address?.city ?? '',
    postalCode: body.address?.postalCode ?? '',
    country: body.address?.country ?? '',
  };
}

/** The server's 400 `errors` (paths like `address.city`) as messages on the form's fields. */
export function fieldErrorsFromProblem(problem: Problem | undefined): FieldErrors {
  const fields = Object.keys(emptyDraft()) as DraftField[];
  const errors: FieldErrors = {};
  for (const issue of problem?.errors ?? []) {
    const leaf = issue.path.startsWith('address.') ? issue.path.slice('address.'.length) : issue.path;
    const field = fields.find((f) => f === leaf) ?? (issue.path === 'address' ? 'line1' : undefined);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
