import type { FhirResource } from '@hms/sdk';
import type { ClaimView, CoverageView, MoneyView } from '../contracts/queries';
import { minorUnitsPerMajor, type CurrencyCode } from '../domain/money/currency';
import type { FhirClaims } from './billing-fhir.queries';

/** Payers are known here by id only (no Organization is served for them), so references name them by identifier. */
export const PAYER_SYSTEM = 'urn:hms:payer';
export const POLICY_SYSTEM = 'urn:hms:policy-number';
export const SERVICE_SYSTEM = 'urn:hms:billing-service';
export const DENIAL_REASON_SYSTEM = 'urn:hms:claim-denial-reason';
const ADJUDICATION = 'http://terminology.hl7.org/CodeSystem/adjudication';
const HMS_ADJUDICATION = 'urn:hms:adjudication';

export type FhirBillingResource = FhirResource & { readonly id: string; readonly patient?: { reference: string } };

/** FHIR Money is a decimal in major units; billing keeps integer minor units with their currency. */
export function fhirMoney({ amount, currency }: MoneyView): { value: number; currency: string } {
  return { value: amount / minorUnitsPerMajor(currency as CurrencyCode), currency };
}

const payer = (payerId: string) => ({ identifier: { system: PAYER_SYSTEM, value: payerId } });

/** A cover: the payer, the policy number, the period, and the patient's co-insurance and yearly deductible. */
export function coverageResource(patientId: string, cover: CoverageView): FhirBillingResource {
  return {
    resourceType: 'Coverage',
    id: cover.coverageId,
    identifier: [{ system: POLICY_SYSTEM, value: cover.policyNumber }],
    status: 'active',
    beneficiary: { reference: `Patient/${patientId}` },
    period: { start: cover.validFrom, ...(cover.validTo === null ? {} : { end: cover.validTo }) },
    payor: [payer(cover.payerId)],
    costToBeneficiary: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/coverage-copay-type', code: 'copaypct' }] },
        valueQuantity: { value: cover.coinsuranceBp / 100, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
      },
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/coverage-copay-type', code: 'deductible' }] },
        valueMoney: fhirMoney(cover.deductiblePerYear),
      },
    ],
  };
}

const CLAIM_STATUS: Readonly<Record<ClaimView['status'], string>> = {
  draft: 'draft',
  submitted: 'active',
  accepted: 'active',
  rejected: 'active',
  adjudicated: 'active',
  appealed: 'active',
  paid: 'active',
};

type DatedClaim = FhirClaims['claims'][number];

/** A claim for the payer's share of charges: its lines, diagnoses (ICD-10) and the cover of its payer. */
export function claimResource(claim: DatedClaim, coverages: readonly CoverageView[]): FhirBillingResource {
  const cover = coverages.find((c) => c.payerId === claim.payerId);
  return {
    resourceType: 'Claim',
    id: claim.claimId,
    status: CLAIM_STATUS[claim.status],
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] },
    use: 'claim',
    patient: { reference: `Patient/${claim.patientId}` },
    created: claim.createdAt,
    insurer: payer(claim.payerId),
    // The hospital is the fhir plugin's Organization, whose id billing does not know: named in words.
    provider: { display: 'This hospital' },
    priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }] },
    insurance: [
      {
        sequence: 1,
        focal: true,
        coverage: cover
          ? { reference: `Coverage/${cover.coverageId}` }
          : { display: `A cover with payer ${claim.payerId}` },
      },
    ],
    ...(claim.diagnosis.length === 0 ? {} : { diagnosis: claim.diagnosis }),
    item: claim.item.map((item) => ({
      sequence: item.sequence,
      productOrService: { coding: [{ system: SERVICE_SYSTEM, code: item.productOrService.code }] },
      servicedDate: item.servicedDate,
      quantity: { value: item.quantity },
      unitPrice: fhirMoney(item.unitPrice),
      net: fhirMoney(item.net),
    })),
    total: fhirMoney(claim.total),
  };
}

/**
 * The payer's latest decision on a claim, once it has one (adjudicated, appealed or paid): per line the benefit
 * and the patient's share, a denial's reason; `outcome` complete, or partial while an appeal is open.
 */
export function claimResponseResource(claim: DatedClaim): FhirBillingResource | undefined {
  if (claim.adjudicated.length === 0) return undefined;
  const category = (code: string, system = ADJUDICATION) => ({ coding: [{ system, code }] });
  return {
    resourceType: 'ClaimResponse',
    id: claim.claimId,
    status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] },
    use: 'claim',
    patient: { reference: `Patient/${claim.patientId}` },
    created: claim.createdAt,
    insurer: payer(claim.payerId),
    request: { reference: `Claim/${claim.claimId}` },
    outcome: claim.status === 'appealed' ? 'partial' : 'complete',
    item: claim.adjudicated.map((line) => ({
      itemSequence: line.itemSequence,
      adjudication: [
        {
          category: category('benefit'),
          ...(line.reasonCode === null ? {} : { reason: category(line.reasonCode, DENIAL_REASON_SYSTEM) }),
          amount: fhirMoney(line.benefit),
        },
        {
          category: category('patient-responsibility', HMS_ADJUDICATION),
          amount: fhirMoney(line.patientResponsibility),
        },
      ],
    })),
    total: [{ category: category('benefit'), amount: fhirMoney(claim.benefitTotal) }],
    ...(claim.paidTotal.amount > 0
      ? {
          payment: {
            type: category(
              claim.status === 'paid' ? 'complete' : 'partial',
              'http://terminology.hl7.org/CodeSystem/ex-paymenttype',
            ),
            amount: fhirMoney(claim.paidTotal),
          },
        }
      : {}),
  };
}
