import { defineCommand, defineEvent, z } from '@hms/sdk';

/**
 * The exchange of claims with the clearinghouse (`billingPlugin.configure({ clearinghouse })`), run by the
 * `billing.exchange-claims` job: one step of one claim per command.
 */
export const ExchangeClaim = defineCommand(
  'billing.ExchangeClaim',
  z.strictObject({ claimId: z.uuid() }),
  "Send a submitted or appealed claim to the clearinghouse, or record the payer's answer to it",
).returns<{
  claimId: string;
  patientId: string;
  step: 'sent' | 'pending' | 'accepted' | 'rejected' | 'adjudicated' | 'nothing-to-do';
}>();

export const ClaimSentToClearinghouse = defineEvent(
  'billing.ClaimSentToClearinghouse',
  z.object({
    at: z.iso.datetime(),
    by: z.string(),
    claimId: z.uuid(),
    patientId: z.uuid(),
    /** `<claimId>:<submission>:<appeals>`: each submission and appeal is sent once. */
    exchange: z.string(),
    clearinghouse: z.string(),
    submissionId: z.string(),
  }),
  { description: 'The clearinghouse took a claim (a submission or an appeal); its answer is polled for' },
);

export const CLAIM_EXCHANGE_EVENTS = [ClaimSentToClearinghouse] as const;
