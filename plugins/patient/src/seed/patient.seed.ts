import { ConflictError, defineSeed, type SeedContext } from '@hms/sdk';
import { RegisterPatient } from '../contracts/commands';
import { POSSIBLE_DUPLICATE } from '../errors';
import { CITIES, FAMILY_NAMES, GIVEN_NAMES, LANGUAGES } from './fictional-people';

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

/**
 * A demo hospital's patients, registered through the real command bus (so MRNs, events, read models and audit
 * records are all real). The same size gives the same people.
 */
export const patientSeed = defineSeed({
  isEmpty: async (sql) => (await sql.query('SELECT 1 FROM patient.directory LIMIT 1')).length === 0,
  async run(ctx) {
    for (let i = 0; i < ctx.size; i++) await registerSomeoneNew(ctx, i);
    return { created: ctx.size };
  },
});

/** Random people sometimes share a birth day and a name: the duplicate check refuses those, so draw again. */
async function registerSomeoneNew(ctx: SeedContext, index: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.execute(RegisterPatient, fictionalPatient(ctx, index));
      return;
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === POSSIBLE_DUPLICATE) || attempt >= 20) throw error;
    }
  }
}

function fictionalPatient(ctx: SeedContext, index: number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(ctx.random() * list.length)] as T;
  const place = pick(CITIES);
  // Mostly adults, some children and some very old patients, as on a general ward.
  const age = Math.floor(ctx.random() ** 1.4 * 95);
  const birth = new Date(Date.UTC(2025 - age, Math.floor(ctx.random() * 12), 1 + Math.floor(ctx.random() * 28)));
  return {
    givenName: pick(GIVEN_NAMES),
    familyName: pick(FAMILY_NAMES),
    birthDate: birth.toISOString().slice(0, 10),
    gender: pick(GENDERS),
    preferredLanguage: pick(LANGUAGES),
    phone: `+1 555 01${String(index % 100).padStart(2, '0')}`,
    address: { line1: `${1 + (index % 200)} Example Street`, city: place.city, country: place.country },
  };
}
