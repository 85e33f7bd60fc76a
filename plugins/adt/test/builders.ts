import type { CommandMeta } from '@hms/sdk';
import type { Demographics } from '@hms/plugin-patient/contracts';

/** Made-up people and ids only: never real patient data in tests. */
export function meta(overrides: Partial<CommandMeta> = {}): CommandMeta {
  return {
    commandId: '0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
    actorId: 'user-ward-clerk-1',
    now: '2026-03-01T09:00:00.000Z',
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    ...overrides,
  };
}

/** Registration data as a client sends it (the body of POST /api/patients). */
export function registration(overrides: Partial<Demographics> = {}): Demographics {
  return { givenName: 'Ada', familyName: 'Testperson', birthDate: '1990-04-12', gender: 'female', ...overrides };
}
