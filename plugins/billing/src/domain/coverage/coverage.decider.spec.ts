import { deciderSpec } from '@hms/sdk/testing';
import { chargePosted, coverageRegistered } from '../../../test/account-builders';
import { COVERAGE, kes, meta, onAccount, PATIENT, PAYER, PRICE_LIST, TODAY, type Unsent } from '../../../test/builders';
import { chargeDecider } from '../charge/charge.decider';
import { money } from '../money/money';
import { coverageDecider, type CoverageCommand } from './coverage.decider';

const send = (command: Unsent<CoverageCommand>): CoverageCommand => ({ ...command, meta: meta() });
const terms = { deductiblePerYear: kes(0), copays: [], coinsuranceBp: 0, excludedServices: [], excludedCategories: [] };
const registration = { patientId: PATIENT, coverageId: COVERAGE, payerId: PAYER, policyNumber: 'DEMO-POLICY-1', validFrom: '2026-01-01' };
const register = send({ type: 'billing.RegisterCoverage', data: { ...registration, terms } });
const ended = { type: 'billing.CoverageEnded' as const, data: { ...onAccount, coverageId: COVERAGE, endedOn: '2026-02-28' } };

describe('coverage decider', () => {
  it("registers a patient's cover with its terms, once", () => {
    deciderSpec(coverageDecider).given([]).when(register).then([coverageRegistered()]);
    deciderSpec(coverageDecider).given([coverageRegistered()]).when(register).thenRejects('COVERAGE_EXISTS');
  });

  it('ends a cover; a charge for a later service date is the patient’s alone', () => {
    deciderSpec(coverageDecider).given([coverageRegistered()])
      .when(send({ type: 'billing.EndCoverage', data: { patientId: PATIENT, coverageId: COVERAGE, endedOn: '2026-02-28' } }))
      .then([ended]);
    deciderSpec(chargeDecider).given([coverageRegistered(), ended])
      .when({
        type: 'billing.PostCharge', meta: meta(),
        data: {
          patientId: PATIENT, chargeId: '00000000-0000-4000-8000-000000000040', encounterId: '00000000-0000-4000-8000-000000000002',
          serviceCode: 'CONS-GP', category: 'consultation', serviceDate: TODAY, quantity: 1,
          price: { priceListId: PRICE_LIST, unitPrice: kes(5_000) }, source: { kind: 'event', eventId: 'evt-00000000-0000-4000-8000-000000000040' },
        },
      })
      .then([chargePosted()]);
  });

  it('refuses a period that ends before it starts, an unknown cover, and terms in two currencies', () => {
    deciderSpec(coverageDecider).given([coverageRegistered()])
      .when(send({ type: 'billing.EndCoverage', data: { patientId: PATIENT, coverageId: COVERAGE, endedOn: '2025-12-31' } }))
      .thenRejects('INVALID_PERIOD');
    deciderSpec(coverageDecider).given([])
      .when(send({ type: 'billing.EndCoverage', data: { patientId: PATIENT, coverageId: COVERAGE, endedOn: '2026-02-28' } }))
      .thenRejects('COVERAGE_NOT_FOUND');
    const mixed = { ...terms, copays: [{ category: 'consultation' as const, amount: money(500, 'USD') }] };
    deciderSpec(coverageDecider).given([])
      .when(send({ type: 'billing.RegisterCoverage', data: { ...registration, terms: mixed } }))
      .thenRejects('CURRENCY_MISMATCH');
  });
});
