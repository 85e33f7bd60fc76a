import type { Money } from '../domain/money/money';

/**
 * A claim as it leaves for the payer, after FHIR R4 `Claim` (ids, codes and amounts; no names). `exchange` names
 * this sending once and for all (`<claimId>:<submission>:<appeals>`): a clearinghouse must treat it as the
 * idempotency key, since a job retried sends it again.
 */
export interface ClaimSubmission {
  readonly exchange: string;
  readonly claimId: string;
  readonly payerId: string;
  readonly use: 'claim' | 'preauthorization';
  /** 1 for the first sending, 2… after rejections. */
  readonly submission: number;
  /** The lines the hospital appeals (after an adjudication), or none for a first adjudication. */
  readonly appealedItemSequences: readonly number[];
  readonly item: readonly {
    readonly sequence: number;
    readonly productOrService: { readonly code: string };
    readonly servicedDate: string;
    readonly quantity: number;
    readonly unitPrice: Money;
    readonly net: Money;
  }[];
  readonly diagnosis: readonly {
    readonly sequence: number;
    readonly diagnosisCodeableConcept: {
      readonly coding: readonly { readonly system: string; readonly code: string }[];
    };
  }[];
}

/** What the payer answered so far, after FHIR R4 `ClaimResponse` (`outcome`, `item[].adjudication`). */
export type ClearinghouseAnswer =
  | { readonly status: 'pending' }
  | { readonly status: 'accepted'; readonly payerReference: string }
  | { readonly status: 'rejected'; readonly errors: readonly { readonly code: string }[] }
  | {
      readonly status: 'adjudicated';
      readonly payerReference: string;
      readonly outcome: 'complete' | 'partial';
      readonly disposition?: string;
      readonly item: readonly {
        readonly itemSequence: number;
        readonly eligible: Money;
        readonly benefit: Money;
        readonly reasonCode?: string;
      }[];
    };

/**
 * A clearinghouse (or a payer's claims API), plugged in with `billingPlugin.configure({ clearinghouse })`. The
 * `billing.exchange-claims` job sends each submitted or appealed claim once per exchange, then polls until the
 * payer answers; the answer is recorded as the clerk's steps would be (accepted, rejected, adjudicated line by
 * line), so the patient is billed what the payer did not pay. Both are called before a command's transaction
 * opens, never inside it.
 */
export interface Clearinghouse {
  readonly name: string;
  submit(claim: ClaimSubmission): Promise<{ readonly submissionId: string }>;
  poll(submissionId: string): Promise<ClearinghouseAnswer>;
}
