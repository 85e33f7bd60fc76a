import type { CoverageTerms } from '../../contracts/schemas';
import { money } from '../money/money';
import { splitCharge, type CoverInForce } from './payer-split';

const kes = (amount: number) => money(amount, 'KES');
const COVER = '00000000-0000-4000-8000-0000000000c1';
const PAYER = '00000000-0000-4000-8000-0000000000a1';
const terms = (overrides: Partial<CoverageTerms> = {}): CoverageTerms => ({
  deductiblePerYear: kes(0), copays: [], coinsuranceBp: 0, excludedServices: [], excludedCategories: [], ...overrides,
});
const cover = (overrides: Partial<CoverageTerms> = {}): CoverInForce => ({
  coverageId: COVER,
  payerId: PAYER,
  terms: terms(overrides),
});

describe('splitCharge', () => {
  // total, cover, deductible already used this year → patient share, payer share, (deductible, copay, coinsurance)
  it.each([
    ['self-pay: the patient pays all', 10_000, undefined, 0, 10_000, 0, [0, 0, 0]],
    ['full cover', 10_000, cover(), 0, 0, 10_000, [0, 0, 0]],
    ['co-pay (fixed) on a consultation', 10_000, cover({ copays: [{ category: 'consultation', amount: kes(500) }] }), 0, 500, 9_500, [0, 500, 0]],
    ['co-pay capped at the charge', 300, cover({ copays: [{ category: 'consultation', amount: kes(500) }] }), 0, 300, 0, [0, 300, 0]],
    ['co-pay of another category does not apply', 10_000, cover({ copays: [{ category: 'bed-day', amount: kes(500) }] }), 0, 0, 10_000, [0, 0, 0]],
    ['co-insurance 20 %', 10_000, cover({ coinsuranceBp: 2000 }), 0, 2_000, 8_000, [0, 0, 2_000]],
    ['co-insurance rounds half up (12.5 % of 1.00 = 0.125 → 0.13)', 100, cover({ coinsuranceBp: 1250 }), 0, 13, 87, [0, 0, 13]],
    ['co-insurance rounds up above half (15 % of 0.33 = 4.95 cents → 5)', 33, cover({ coinsuranceBp: 1500 }), 0, 5, 28, [0, 0, 5]],
    ['co-insurance rounds down below half (10 % of 0.33 = 3.3 cents → 3)', 33, cover({ coinsuranceBp: 1000 }), 0, 3, 30, [0, 0, 3]],
    ['deductible not yet met: all of it within the deductible', 10_000, cover({ deductiblePerYear: kes(50_000), coinsuranceBp: 2000 }), 0, 10_000, 0, [10_000, 0, 0]],
    ['deductible crossed inside the charge, co-insurance on the rest', 10_000, cover({ deductiblePerYear: kes(50_000), coinsuranceBp: 2000 }), 46_000, 5_200, 4_800, [4_000, 0, 1_200]],
    ['deductible met already', 10_000, cover({ deductiblePerYear: kes(50_000), coinsuranceBp: 2000 }), 50_000, 2_000, 8_000, [0, 0, 2_000]],
    ['deductible, then co-pay, then co-insurance', 10_000, cover({ deductiblePerYear: kes(3_000), copays: [{ category: 'consultation', amount: kes(1_000) }], coinsuranceBp: 1000 }), 0, 4_600, 5_400, [3_000, 1_000, 600]],
    ['excluded service: the patient pays all, no deductible counted', 10_000, cover({ deductiblePerYear: kes(50_000), excludedServices: ['CONS-GP'] }), 0, 10_000, 0, [0, 0, 0]],
    ['excluded category', 10_000, cover({ excludedCategories: ['consultation'] }), 0, 10_000, 0, [0, 0, 0]],
  ])('%s', (_, total, coverInForce, used, patient, payer, [deductible, copay, coinsurance]) => {
    const result = splitCharge({ total: kes(total), serviceCode: 'CONS-GP', category: 'consultation', cover: coverInForce, deductibleUsed: kes(used) });
    expect(result.patientShare).toEqual(kes(patient));
    expect(result.payerShare).toEqual(kes(payer));
    const { split } = result;
    expect([split.deductible, split.copay, split.coinsurance]).toEqual([
      kes(deductible ?? 0),
      kes(copay ?? 0),
      kes(coinsurance ?? 0),
    ]);
    expect(result.patientShare.amount + result.payerShare.amount).toBe(total);
  });

  it('marks an excluded charge as excluded, naming the cover', () => {
    const result = splitCharge({ total: kes(100), serviceCode: 'CONS-GP', category: 'consultation', cover: cover({ excludedCategories: ['consultation'] }), deductibleUsed: kes(0) });
    expect(result.split).toMatchObject({ excluded: true, coverageId: COVER, payerId: PAYER });
  });
});
