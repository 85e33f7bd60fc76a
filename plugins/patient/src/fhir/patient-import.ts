import type { FhirImport, FhirImportMapped, FhirImportRefused, FhirResource, InputOf } from '@hms/sdk';
import { RegisterPatient } from '../contracts/commands';
import type { FindDuplicateCandidates } from '../contracts/queries';
import { COUNTRY_CODES } from '../contracts/schemas';
import { MRN_SYSTEM } from './patient-resource';

type Registration = InputOf<typeof RegisterPatient>;
type Identifier = NonNullable<Registration['identifiers']>[number];
interface HumanName {
  use?: string;
  family?: string;
  given?: string[];
}
interface ContactPoint {
  system?: string;
  value?: string;
  use?: string;
}
interface FhirAddress {
  line?: string[];
  city?: string;
  postalCode?: string;
  country?: string;
}
interface ImportedPatient extends FhirResource {
  identifier?: { system?: string; value?: string; type?: { coding?: { code?: string }[] } }[];
  name?: HumanName[];
  gender?: string;
  birthDate?: string;
  telecom?: ContactPoint[];
  address?: FhirAddress[];
  communication?: { language?: { coding?: { code?: string }[] }; preferred?: boolean }[];
}

const GENDERS = new Set(['female', 'male', 'other', 'unknown']);
const CONTACT_USES = new Set(['home', 'work', 'mobile']);

/** The v2 identifier type (table 0203) as the master index's kind: passport, a national id, or other. */
function kindOf(identifier: NonNullable<ImportedPatient['identifier']>[number]): Identifier['kind'] {
  const codes = (identifier.type?.coding ?? []).map((c) => c.code);
  if (codes.includes('PPN')) return 'passport';
  if (codes.some((c) => c === 'NI' || c === 'NNxxx' || c === 'SS' || c?.startsWith('NN'))) return 'national-id';
  return 'other';
}

/**
 * A FHIR Patient as a registration: the official (else the first) name, birth date and gender (`unknown` when the
 * sender gives none), the identifiers other institutions know the patient by (not another installation's MRN,
 * which means nothing here), contacts, the first address in an ISO country, the preferred language. A patient
 * without a family name, a given name or a birth date cannot be registered.
 */
export function registrationOf(patient: ImportedPatient): FhirImportMapped<typeof RegisterPatient> | FhirImportRefused {
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  const [givenName, ...middle] = name?.given ?? [];
  if (!name?.family || !givenName) return { notMappable: 'A patient is registered with a family and a given name' };
  if (!patient.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(patient.birthDate)) {
    return { notMappable: 'A patient is registered with a full birth date (YYYY-MM-DD)' };
  }
  const left: string[] = [];
  const identifiers = (patient.identifier ?? [])
    .filter((i): i is typeof i & { system: string; value: string } => Boolean(i.system && i.value))
    .filter((i) => i.system !== MRN_SYSTEM)
    .slice(0, 10)
    .map((i) => ({ kind: kindOf(i), system: i.system, value: i.value }));
  const telecom = patient.telecom ?? [];
  const contacts = telecom
    .filter((t) => (t.system === 'phone' || t.system === 'email') && t.value && CONTACT_USES.has(t.use ?? ''))
    .slice(0, 10)
    .map((t) => ({ kind: t.system as 'phone' | 'email', use: t.use as 'home', value: t.value! }));
  const phone = telecom.find((t) => t.system === 'phone' && t.value && !CONTACT_USES.has(t.use ?? ''))?.value;
  const email = telecom.find((t) => t.system === 'email' && t.value && !CONTACT_USES.has(t.use ?? ''))?.value;
  const address = addressOf(patient.address?.[0], left);
  const language = patient.communication?.find((c) => c.preferred)?.language?.coding?.[0]?.code;
  if (patient.gender !== undefined && !GENDERS.has(patient.gender)) left.push(`gender ${patient.gender}`);
  if ((patient.name?.length ?? 0) > 1) left.push('names besides the official one');
  const data: Registration = {
    givenName,
    familyName: name.family,
    ...(middle.length > 0 ? { middleName: middle.join(' ') } : {}),
    birthDate: patient.birthDate,
    gender: GENDERS.has(patient.gender ?? '') ? (patient.gender as Registration['gender']) : 'unknown',
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
    ...(address === undefined ? {} : { address }),
    ...(language === undefined ? {} : { preferredLanguage: language }),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
  };
  return { data, summary: `A patient registered as ${name.family}, ${givenName}`, ...(left.length ? { left } : {}) };
}

function addressOf(address: FhirAddress | undefined, left: string[]): Registration['address'] {
  if (address === undefined) return undefined;
  const [line1, line2] = address.line ?? [];
  const country = address.country?.trim().toUpperCase();
  if (!line1 || !address.city || country === undefined || !COUNTRY_CODES.has(country)) {
    left.push('the address (it needs a line, a city and an ISO 3166 country code)');
    return undefined;
  }
  return {
    line1,
    ...(line2 === undefined ? {} : { line2 }),
    city: address.city,
    ...(address.postalCode === undefined ? {} : { postalCode: address.postalCode }),
    country,
  };
}

/** A Patient is imported by registering it (the duplicate check applies: a likely duplicate is refused). */
export const patientImport: FhirImport<typeof RegisterPatient, ImportedPatient> = {
  command: RegisterPatient,
  map: (patient) => registrationOf(patient),
  createdId: (view) => view.id,
};

/**
 * What the duplicate check is asked for an imported Patient: the name, birth date and identifiers its registration
 * would carry; `undefined` when it could not be registered anyway (nothing to match on).
 */
export function duplicateCheckOf(resource: FhirResource): InputOf<typeof FindDuplicateCandidates> | undefined {
  const mapped = registrationOf(resource as ImportedPatient);
  if ('notMappable' in mapped) return undefined;
  const { givenName, familyName, birthDate, identifiers } = mapped.data;
  return {
    givenName,
    familyName,
    birthDate,
    ...(identifiers?.length ? { identifiers: identifiers.slice(0, 10) } : {}),
  };
}
