import { InvariantViolation, type CommandMeta } from '@hms/sdk';
import { CURRENCY_MISMATCH } from '../money/money';
import type { AccountState } from './account.state';

/** What every account event records besides its own facts: whose account, when, by whom. */
export function recorded(patientId: string, meta: CommandMeta): { patientId: string; at: string; by: string } {
  return { patientId, at: meta.now, by: meta.actorId };
}

/** The calendar date of the kernel's clock (an invoice's issue date). */
export const today = (meta: CommandMeta): string => meta.now.slice(0, 10);

/**
 * An account keeps one currency: every amount a command brings (a price, a payment, cover terms, an allocation)
 * must be in it, or in one currency for the command that opens the account. Checked before deciding, so the fold
 * never meets two currencies (it must not throw).
 */
export function assertOneCurrency(state: AccountState, data: unknown): void {
  const currencies = currenciesIn(data);
  const expected = state.status === 'open' ? state.currency : currencies[0];
  const other = currencies.find((c) => c !== expected);
  if (other !== undefined) throw new InvariantViolation(CURRENCY_MISMATCH, { expected, actual: other });
}

/** The currencies of every amount (`{ amount, currency }`) anywhere in a command's data. */
function currenciesIn(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('amount' in value && 'currency' in value) return [value.currency];
  return Object.values(value).flatMap(currenciesIn);
}
