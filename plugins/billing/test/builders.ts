import type { CommandMeta } from '@hms/sdk';
import { money, type Money } from '../src/domain/money/money';

/** Made-up ids, amounts and a fixed clock for decider tests (never real patient data). */
export const PATIENT = '00000000-0000-4000-8000-000000000001';
export const ENCOUNTER = '00000000-0000-4000-8000-000000000002';
export const OTHER_ENCOUNTER = '00000000-0000-4000-8000-000000000003';
export const PRICE_LIST = '00000000-0000-4000-8000-000000000004';
export const PAYER = '00000000-0000-4000-8000-000000000005';
export const COVERAGE = '00000000-0000-4000-8000-000000000006';
export const CLAIM = '00000000-0000-4000-8000-000000000007';
export const INVOICE = '00000000-0000-4000-8000-000000000010';
export const OTHER_INVOICE = '00000000-0000-4000-8000-000000000011';
export const PAYMENT = '00000000-0000-4000-8000-000000000020';
export const OTHER_PAYMENT = '00000000-0000-4000-8000-000000000021';
export const REFUND = '00000000-0000-4000-8000-000000000030';
export const CHARGE = '00000000-0000-4000-8000-000000000040';
export const OTHER_CHARGE = '00000000-0000-4000-8000-000000000041';
export const NEW_CHARGE = '00000000-0000-4000-8000-000000000042';
export const NOW = '2026-03-01T09:00:00.000Z';
export const TODAY = '2026-03-01';
export const ACTOR = 'cashier-demo';

export const meta = (now = NOW): CommandMeta => ({ commandId: 'cmd-1', actorId: ACTOR, now, correlationId: 'corr-1' });
export const kes = (amount: number): Money => money(amount, 'KES');
/** What every account event records besides its own facts. */
export const onAccount = { patientId: PATIENT, at: NOW, by: ACTOR };
export const recorded = { at: NOW, by: ACTOR };

/** A command as a test writes it: the kernel's meta is added by `send`. */
export type Unsent<C> = C extends { meta: CommandMeta } ? Omit<C, 'meta'> : never;
