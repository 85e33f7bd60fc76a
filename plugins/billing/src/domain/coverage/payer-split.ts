import type { CoverageTerms, ServiceCategory } from '../../contracts/schemas';
import { max, min, money, subtract, sum, zero, type Money } from '../money/money';
import { percentOf } from '../money/rounding';

/** The cover a charge is split under, as the patient's account holds it. */
export interface CoverInForce {
  readonly coverageId: string;
  readonly payerId: string;
  readonly terms: CoverageTerms;
}

export interface SplitInput {
  readonly total: Money;
  readonly serviceCode: string;
  readonly category: ServiceCategory;
  /** None for a self-paying patient (or a service date outside every cover). */
  readonly cover?: CoverInForce;
  /** How much of this cover's deductible the patient has already paid in the service date's calendar year. */
  readonly deductibleUsed: Money;
}

export interface PayerSplit {
  readonly patientShare: Money;
  readonly payerShare: Money;
  readonly split: {
    coverageId?: string; payerId?: string; excluded: boolean; deductible: Money; copay: Money; coinsurance: Money;
  };
}

/**
 * Splits a charge between patient and payer. The rule, in this order (the usual order of health plans; the
 * patient never pays more than the charge, the payer never less than zero):
 * 1. No cover, or the service or its category is excluded: the patient pays everything.
 * 2. Deductible: the patient pays up to what is left of the year's deductible.
 * 3. Co-pay: of the rest, a fixed amount per charge of the category (capped at the rest).
 * 4. Co-insurance: of what is left after that, the patient's percentage, rounded half up (see `rounding.ts`).
 * The payer pays the remainder, so patient + payer = total exactly.
 */
export function splitCharge(input: SplitInput): PayerSplit {
  const { total, cover } = input;
  const nothing = zero(total.currency);
  const allThePatients = { patientShare: total, payerShare: nothing };
  const noSplit = { deductible: nothing, copay: nothing, coinsurance: nothing };
  if (!cover) return { ...allThePatients, split: { excluded: false, ...noSplit } };
  const ids = { coverageId: cover.coverageId, payerId: cover.payerId };
  const { terms } = cover;
  if (terms.excludedServices.includes(input.serviceCode) || terms.excludedCategories.includes(input.category)) {
    return { ...allThePatients, split: { ...ids, excluded: true, ...noSplit } };
  }
  const yearly = money(terms.deductiblePerYear.amount, terms.deductiblePerYear.currency);
  const deductibleLeft = max(nothing, subtract(yearly, input.deductibleUsed));
  const deductible = min(total, deductibleLeft);
  const afterDeductible = subtract(total, deductible);
  const copayTerm = terms.copays.find((c) => c.category === input.category);
  const copay = copayTerm ? min(afterDeductible, copayTerm.amount) : nothing;
  const coinsurance = percentOf(subtract(afterDeductible, copay), terms.coinsuranceBp);
  const patientShare = sum(total.currency, [deductible, copay, coinsurance]);
  const split = { ...ids, excluded: false, deductible, copay, coinsurance };
  return { patientShare, payerShare: subtract(total, patientShare), split };
}

/** The deductible year a service date counts toward: the calendar year (plan years are not modelled yet). */
export const deductibleYear = (serviceDate: string): string => serviceDate.slice(0, 4);
