import type { ReceivePaymentBody, RefundBody, RegisterCoverageBody } from '$lib/api/types';
import { messages as msg } from '../messages';
import { parseDecimal } from '$lib/i18n/format';
import { parseAmount } from './money';

/** A body ready to send, or the sentence to show beside the form (what the server would refuse as malformed). */
export type Built<B> = { readonly ok: true; readonly body: B } | { readonly ok: false; readonly error: string };

type Method = ReceivePaymentBody['method'];
/**
 * The account's currency as the server answered it (a code it accepts); the answer's schema types it as text, so it
 * is narrowed here, once.
 */
type Currency = ReceivePaymentBody['amount']['currency'];
const accountCurrency = (code: string): Currency => code as Currency;

export function paymentBody(
  currency: string | null,
  f: { method: Method; amount: string; reference: string },
): Built<Omit<ReceivePaymentBody, 'allocation'>> {
  if (!currency) return { ok: false, error: msg.billing.noCurrency };
  const amount = parseAmount(f.amount, currency);
  if (amount === null) return { ok: false, error: msg.billing.needAmount(currency) };
  const reference = f.reference.trim();
  return {
    ok: true,
    body: {
      method: f.method,
      amount: { amount, currency: accountCurrency(currency) },
      ...(reference ? { providerReference: reference } : {}),
    },
  };
}

export function refundBody(
  currency: string | null,
  f: { method: Method; amount: string; reason: string },
): Built<RefundBody> {
  if (!currency) return { ok: false, error: msg.billing.noCurrency };
  const amount = parseAmount(f.amount, currency);
  if (amount === null) return { ok: false, error: msg.billing.needAmount(currency) };
  const reason = f.reason.trim();
  if (!reason) return { ok: false, error: msg.billing.needReason };
  return {
    ok: true,
    body: { method: f.method, amount: { amount, currency: accountCurrency(currency) }, reason },
  };
}

/** An invoice of every open charge up to today, due in 30 days. */
export function invoiceWindow(today: string): { from: string; to: string; dueOn: string } {
  const due = new Date(`${today}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + 30);
  return { from: '1900-01-01', to: today, dueOn: due.toISOString().slice(0, 10) };
}

type CoverBody = RegisterCoverageBody;

/**
 * A cover from the clerk's form: the payer (an insurer with a price list), the policy number and start date (as on
 * the patient's insurance on file), the patient's percentage and yearly deductible; no co-pays or exclusions.
 */
export function coverBody(
  currency: string,
  f: { payerId: string; policyNumber: string; validFrom: string; coinsurancePercent: string; deductible: string },
): Built<CoverBody> {
  if (!f.payerId) return { ok: false, error: msg.billing.needPayer };
  const policyNumber = f.policyNumber.trim();
  if (!policyNumber) return { ok: false, error: msg.billing.needPolicy };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.validFrom)) return { ok: false, error: msg.billing.needDate };
  // Read in the language's form ("12.5" in English, "12,5" in Portuguese) and kept exact, in basis points.
  const percent = parseDecimal(f.coinsurancePercent.trim() === '' ? '0' : f.coinsurancePercent, 2);
  const coinsuranceBp = percent ? Number(percent.whole) * 100 + Number(percent.fraction.padEnd(2, '0')) : NaN;
  if (!(coinsuranceBp <= 10_000)) return { ok: false, error: msg.billing.needPercent };
  const deductible = f.deductible.trim() === '' ? 0 : parseAmount(f.deductible, currency);
  if (deductible === null) return { ok: false, error: msg.billing.needAmount(currency) };
  return {
    ok: true,
    body: {
      payerId: f.payerId,
      policyNumber,
      validFrom: f.validFrom,
      terms: {
        deductiblePerYear: { amount: deductible, currency: accountCurrency(currency) },
        copays: [],
        coinsuranceBp,
        excludedServices: [],
        excludedCategories: [],
      },
    },
  };
}
