import type { CommandMeta } from '@hms/sdk';
import type { ContractTerm } from '../src/contracts/schemas';

/** Made-up ids and a fixed clock for decider tests (no real staff data). */
export const EMPLOYEE = '00000000-0000-4000-8000-000000000001';
export const COLLEAGUE = '00000000-0000-4000-8000-000000000002';
export const DEPARTMENT = '00000000-0000-4000-8000-000000000003';
export const WARD = '00000000-0000-4000-8000-000000000004';
export const LICENCE = '00000000-0000-4000-8000-000000000005';
export const REQUEST = '00000000-0000-4000-8000-000000000006';
export const OTHER_REQUEST = '00000000-0000-4000-8000-000000000007';
export const SWAP = '00000000-0000-4000-8000-000000000008';
export const TERM_1 = '00000000-0000-4000-8000-000000000011';
export const TERM_2 = '00000000-0000-4000-8000-000000000012';
export const NOW = '2027-03-01T09:00:00.000Z';
export const ACTOR = 'hr-officer-demo';

export const meta = (now = NOW): CommandMeta => ({ commandId: 'cmd-1', actorId: ACTOR, now, correlationId: 'corr-1' });
export const recorded = (now = NOW): { at: string; by: string } => ({ at: now, by: ACTOR });

/** A full-time staff nurse's term: 37.5 h a week, €39,000 a year (in cents). */
export const term = (overrides: Partial<ContractTerm> = {}): ContractTerm => ({
  termId: TERM_1,
  from: '2027-01-01',
  to: null,
  type: 'permanent',
  fte: 1,
  fullTimeWeeklyHours: 37.5,
  payGrade: 'N5',
  annualSalary: { amount: 3_900_000, currency: 'EUR' },
  ...overrides,
});
