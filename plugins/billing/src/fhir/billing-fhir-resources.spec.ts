import { claimResponseResource, fhirMoney } from './billing-fhir-resources';

describe(fhirMoney.name, () => {
  it('turns integer minor units into FHIR decimals by the currency’s exponent', () => {
    expect(fhirMoney({ amount: 123_456, currency: 'KES' })).toEqual({ value: 1234.56, currency: 'KES' });
    expect(fhirMoney({ amount: 5_000, currency: 'UGX' })).toEqual({ value: 5000, currency: 'UGX' });
    expect(fhirMoney({ amount: 1_005, currency: 'BHD' })).toEqual({ value: 1.005, currency: 'BHD' });
  });
});

describe(claimResponseResource.name, () => {
  const kes = (amount: number) => ({ amount, currency: 'KES' });
  const claim = {
    claimId: '6f1c6f1c-1111-4111-8111-111111111111',
    patientId: '6f1c6f1c-2222-4222-8222-222222222222',
    payerId: '6f1c6f1c-3333-4333-8333-333333333333',
    status: 'submitted' as const,
    submission: 1,
    total: kes(1000),
    benefitTotal: kes(0),
    paidTotal: kes(0),
    item: [],
    diagnosis: [],
    adjudicated: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  };

  it('answers nothing before the payer has decided', () => {
    expect(claimResponseResource(claim)).toBeUndefined();
  });

  it('is partial while an appeal is open, with each line’s benefit, denial reason and patient share', () => {
    const response = claimResponseResource({
      ...claim,
      status: 'appealed',
      benefitTotal: kes(400),
      adjudicated: [
        {
          itemSequence: 1,
          status: 'partly-paid',
          reasonCode: 'CO-45',
          benefit: kes(400),
          patientResponsibility: kes(600),
        },
      ],
    });
    expect(response).toMatchObject({
      outcome: 'partial',
      item: [
        {
          itemSequence: 1,
          adjudication: [
            { reason: { coding: [{ code: 'CO-45' }] }, amount: { value: 4 } },
            { category: { coding: [{ code: 'patient-responsibility' }] }, amount: { value: 6 } },
          ],
        },
      ],
    });
    expect(response).not.toHaveProperty('payment');
  });
});
