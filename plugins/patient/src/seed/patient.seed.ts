import {
  ConflictError,
  defineSeed,
  executeRetrying,
  inFlight,
  progressMeter,
  seededRandom,
  type SeedContext,
} from '@hms/sdk';
import { RegisterPatient } from '../contracts/commands';
import { POSSIBLE_DUPLICATE } from '../errors';
import { CITIES, FAMILY_NAMES, GIVEN_NAMES, LANGUAGES } from './fictional-people';

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

/**
 * A demo hospital's patients, through the real command bus (so MRNs, events, read models and audit records are all
 * real): `size` fictional people. Commands go `ctx.concurrency` at a time (128 on a server), which the kernel
 * commits in batches. The same size gives the same people. The scheduling plugin's seed books their appointments.
 */
export const patientSeed = defineSeed({
  isEmpty: async (sql) => (await sql.query('SELECT 1 FROM patient.directory LIMIT 1')).length === 0,
  async run(ctx) {
    const patientIds: string[] = new Array<string>(ctx.size);
    const meter = progressMeter(ctx, 'patients', ` of ${ctx.size}`);
    // Each person's own random stream, drawn in order: who they are does not depend on which finished first.
    const people = Array.from({ length: ctx.size }, (_, index) => ({
      index,
      seed: Math.floor(ctx.random() * 2 ** 32),
    }));
    await inFlight(people, ctx.concurrency, async ({ index, seed }) => {
      patientIds[index] = await registerSomeoneNew(ctx, index, seededRandom(seed));
      meter.tick();
    });
    meter.done();
    ctx.progress(`created ${ctx.size} patients`);
    return { created: ctx.size };
  },
});

/** Random people sometimes share a birth day and a name: the duplicate check refuses those, so draw again. */
async function registerSomeoneNew(ctx: SeedContext, index: number, random: () => number): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const patient = await executeRetrying(ctx, RegisterPatient, fictionalPatient(random, index));
      return patient.id;
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === POSSIBLE_DUPLICATE) || attempt >= 20) throw error;
    }
  }
}

function fictionalPatient(random: () => number, index: number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const place = pick(CITIES);
  // Mostly adults, some children and some very old patients, as on a general ward.
  const age = Math.floor(random() ** 1.4 * 95);
  const birth = new Date(Date.UTC(2025 - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
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
