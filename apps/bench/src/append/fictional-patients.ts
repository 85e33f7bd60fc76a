import type { Demographics, Gender } from '@hms/plugin-patient/contracts';

// Fictional people only: names are combined at random from short lists, and every address is an example one.
const GIVEN_NAMES = [
  'Ada',
  'Bruno',
  'Carla',
  'Duarte',
  'Elena',
  'Filipe',
  'Greta',
  'Hugo',
  'Ines',
  'Joao',
  'Kiri',
  'Luis',
];
const FAMILY_NAMES = [
  'Almeida',
  'Barros',
  'Costa',
  'Dias',
  'Esteves',
  'Faria',
  'Gomes',
  'Henriques',
  'Ilves',
  'Jansen',
];
const MIDDLE_NAMES = ['Maria', 'Jose', 'Sofia', 'Tomas'];
const CITIES = ['Lisbon', 'Porto', 'Coimbra', 'Braga', 'Faro'];
const GENDERS: readonly Gender[] = ['female', 'male', 'other', 'unknown'];
const LANGUAGES = ['pt-PT', 'en', 'es', 'fr'];

const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(1930, 0, 1);
const LAST_BIRTH = Date.UTC(2024, 11, 31);

let serial = 0;

/**
 * A new fictional patient with every demographic field filled, so the command, its event and the raw
 * baseline's row all carry a realistic registration (about 350 bytes of JSON).
 */
export function fictionalPatient(): Demographics {
  serial += 1;
  const givenName = pick(GIVEN_NAMES);
  const familyName = pick(FAMILY_NAMES);
  const birth = FIRST_BIRTH + Math.floor(Math.random() * ((LAST_BIRTH - FIRST_BIRTH) / DAY_MS)) * DAY_MS;
  return {
    givenName,
    familyName,
    middleName: pick(MIDDLE_NAMES),
    birthDate: new Date(birth).toISOString().slice(0, 10),
    gender: pick(GENDERS),
    phone: `+351 21 ${String(1_000_000 + (serial % 9_000_000)).padStart(7, '0')}`,
    email: `${givenName}.${familyName}.${serial}@example.org`.toLowerCase(),
    address: {
      line1: `${1 + (serial % 300)} Example Street`,
      postalCode: '1000-001',
      city: pick(CITIES),
      country: 'PT',
    },
    preferredLanguage: pick(LANGUAGES),
  };
}

function pick<T>(values: readonly T[]): T {
  const value = values[Math.floor(Math.random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/**
 * A registration the front desk has confirmed is a new person: the duplicate search still runs (it is part of the
 * measured path), but the benchmark's randomly combined people are not refused as duplicates of one another.
 */
export function confirmedRegistration(): Demographics & {
  overrideDuplicateCheck: true;
  duplicateOverrideReason: 'verified-different-person';
} {
  return { ...fictionalPatient(), overrideDuplicateCheck: true, duplicateOverrideReason: 'verified-different-person' };
}
