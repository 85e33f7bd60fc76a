import { defineCommand, z } from '@hms/sdk';
import { claimDiagnosisSchema } from './claim-events';
import type { ClaimView } from './queries';
import { moneySchema, positiveMoneySchema, reasonSchema } from './schemas';

/**
 * What callers send. The decider's commands (in `domain/`) add what the handler resolves first: new ids, the
 * price in force, the invoice number from the year's gap-free counter.
 */

// Claims to insurers and schemes.
export const CreateClaim = defineCommand(
  'billing.CreateClaim',
  z.strictObject({
    patientId: z.uuid(),
    coverageId: z.uuid(),
    use: z.enum(['claim', 'preauthorization']).default('claim'),
    chargeIds: z.array(z.uuid()).min(1).max(200),
    /** ICD-10 codes, only where the EHR is not enabled: with it, they come from the patient's record. */
    diagnosis: z.array(claimDiagnosisSchema).min(1).max(12).optional(),
  }),
  "Draft a claim for the payer's share of charges",
).returns<ClaimView>();
const claimId = z.uuid();
export const SubmitClaim = defineCommand(
  'billing.SubmitClaim',
  z.strictObject({ claimId }),
  'Send a drafted claim to the payer',
).returns<ClaimView>();
export const AcceptClaim = defineCommand(
  'billing.AcceptClaim',
  z.strictObject({ claimId, payerReference: z.string().trim().min(1).max(120) }),
  "Record that the payer took the claim in (ClaimResponse outcome 'queued')",
).returns<ClaimView>();
export const RejectClaim = defineCommand(
  'billing.RejectClaim',
  z.strictObject({
    claimId,
    errors: z
      .array(z.object({ code: z.string().trim().min(1).max(60) }))
      .min(1)
      .max(50),
  }),
  "Record the payer's refusal of the claim as submitted, with its error codes",
).returns<ClaimView>();
export const ResubmitClaim = defineCommand(
  'billing.ResubmitClaim',
  z.strictObject({ claimId, diagnosis: z.array(claimDiagnosisSchema).min(1).max(12) }),
  'Send a rejected claim again with corrected diagnoses',
).returns<ClaimView>();
export const AdjudicateClaim = defineCommand(
  'billing.AdjudicateClaim',
  z.strictObject({
    claimId,
    outcome: z.enum(['complete', 'partial']),
    disposition: z.string().trim().max(500).optional(),
    item: z
      .array(
        z.strictObject({
          itemSequence: z.number().int().positive(),
          eligible: moneySchema,
          benefit: moneySchema,
          reasonCode: z.string().trim().min(1).max(60).optional(),
        }),
      )
      .min(1)
      .max(200),
  }),
  "Record the payer's decision on each line of the claim",
).returns<ClaimView>();
export const RecordClaimPayment = defineCommand(
  'billing.RecordClaimPayment',
  z.strictObject({ claimId, remittanceReference: z.string().trim().min(1).max(120), amount: positiveMoneySchema }),
  "Record the payer's remittance for the claim (once per remittance reference)",
).returns<ClaimView>();
export const AppealClaim = defineCommand(
  'billing.AppealClaim',
  z.strictObject({
    claimId,
    itemSequences: z.array(z.number().int().positive()).min(1).max(200),
    reason: reasonSchema,
  }),
  'Appeal denied or partly paid lines of an adjudicated claim',
).returns<ClaimView>();
export const TransferPayerShareToPatient = defineCommand(
  'billing.TransferPayerShareToPatient',
  z.strictObject({ patientId: z.uuid(), chargeId: z.uuid(), claimId, amount: positiveMoneySchema }),
  "Bill the patient for a charge's part the payer denied or did not pay (sent after an adjudication)",
).returns<{ chargeId: string }>();
export const TransferPatientShareToPayer = defineCommand(
  'billing.TransferPatientShareToPayer',
  z.strictObject({ patientId: z.uuid(), chargeId: z.uuid(), claimId, amount: positiveMoneySchema }),
  "Move back to the payer a charge's part an appeal won, which had been billed to the patient (sent after an adjudication)",
).returns<{ chargeId: string }>();
