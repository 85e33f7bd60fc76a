import { defineEvent, z } from '@hms/sdk';
import { icd10ConceptSchema, moneySchema, serviceCodeSchema } from './schemas';

/**
 * Insurance claims (`billing.claim-<id>`), named after FHIR R4 Claim and ClaimResponse where the names fit:
 * `use`, `item[].sequence`, `item[].productOrService`, `diagnosis[].diagnosisCodeableConcept`, adjudication
 * categories `submitted` / `eligible` / `benefit`, `outcome`, `disposition`.
 */
const recorded = { claimId: z.uuid(), at: z.iso.datetime(), by: z.string() };

export const claimItemSchema = z.object({
  sequence: z.number().int().positive(),
  chargeId: z.uuid(),
  productOrService: z.object({ code: serviceCodeSchema }),
  servicedDate: z.iso.date(),
  quantity: z.number().int().positive(),
  unitPrice: moneySchema,
  net: moneySchema,
});
export const claimDiagnosisSchema = z.object({
  sequence: z.number().int().positive(),
  diagnosisCodeableConcept: icd10ConceptSchema,
});

export const adjudicationSchema = z.object({
  category: z.enum(['submitted', 'eligible', 'benefit']),
  amount: moneySchema,
});
export const adjudicatedItemSchema = z.object({
  itemSequence: z.number().int().positive(),
  chargeId: z.uuid(),
  status: z.enum(['paid', 'partly-paid', 'denied']),
  adjudication: z.array(adjudicationSchema),
  reasonCode: z.string().optional(),
  /** submitted − benefit: what the patient is billed for. */
  patientResponsibility: moneySchema,
  /** The change from the previous adjudication (after an appeal), so the patient is billed only the difference. */
  patientResponsibilityChange: moneySchema,
});

export const ClaimCreated = defineEvent(
  'billing.ClaimCreated',
  z.object({
    ...recorded,
    patientId: z.uuid(),
    payerId: z.uuid(),
    coverageId: z.uuid(),
    use: z.enum(['claim', 'preauthorization']),
    item: z.array(claimItemSchema),
    diagnosis: z.array(claimDiagnosisSchema),
    total: moneySchema,
  }),
  { description: "A claim for the payer's share of charges was drafted" },
);
export const ClaimSubmitted = defineEvent(
  'billing.ClaimSubmitted',
  z.object({ ...recorded, submission: z.number().int().positive() }),
  { description: 'The claim was sent to the payer (again, after a rejection: `submission` counts)' },
);
export const ClaimAccepted = defineEvent(
  'billing.ClaimAccepted',
  z.object({ ...recorded, payerReference: z.string() }),
  { description: 'The payer took the claim in for adjudication (ClaimResponse outcome "queued")' },
);
export const ClaimRejected = defineEvent(
  'billing.ClaimRejected',
  z.object({ ...recorded, errors: z.array(z.object({ code: z.string() })).min(1) }),
  {
    description:
      'The payer refused the claim as submitted (ClaimResponse outcome "error"); it may be corrected and resubmitted',
  },
);
export const ClaimAdjudicated = defineEvent(
  'billing.ClaimAdjudicated',
  z.object({
    ...recorded,
    patientId: z.uuid(),
    payerId: z.uuid(),
    outcome: z.enum(['complete', 'partial']),
    disposition: z.string().optional(),
    item: z.array(adjudicatedItemSchema),
    benefitTotal: moneySchema,
  }),
  { description: 'The payer decided each line: paid, partly paid or denied with a reason code' },
);
export const ClaimAppealed = defineEvent(
  'billing.ClaimAppealed',
  z.object({ ...recorded, itemSequences: z.array(z.number().int()), reason: z.string() }),
  { description: 'The hospital appealed denied or partly paid lines; the payer adjudicates them again' },
);
export const ClaimResubmitted = defineEvent(
  'billing.ClaimResubmitted',
  z.object({
    ...recorded,
    submission: z.number().int().positive(),
    diagnosis: z.array(claimDiagnosisSchema),
    item: z.array(claimItemSchema),
  }),
  { description: 'A rejected claim was corrected and sent again' },
);
export const ClaimPaymentReceived = defineEvent(
  'billing.ClaimPaymentReceived',
  z.object({
    ...recorded,
    payerId: z.uuid(),
    remittanceReference: z.string(),
    amount: moneySchema,
    fullyPaid: z.boolean(),
  }),
  { description: "The payer's remittance for the claim arrived" },
);

export const CLAIM_EVENTS = [
  ClaimCreated,
  ClaimSubmitted,
  ClaimAccepted,
  ClaimRejected,
  ClaimAdjudicated,
  ClaimAppealed,
  ClaimResubmitted,
  ClaimPaymentReceived,
] as const;
