import type { Money } from '../money/money';
import type { AdjudicatedItem, ClaimDiagnosis, ClaimItem } from './claim.events';

export type ClaimStatus = 'draft' | 'submitted' | 'accepted' | 'rejected' | 'adjudicated' | 'appealed' | 'paid';

export interface ClaimFacts {
  readonly claimId: string;
  readonly patientId: string;
  readonly payerId: string;
  readonly item: readonly ClaimItem[];
  /** FHIR Claim.diagnosis as last sent (from the EHR, or as given without it). */
  readonly diagnosis: readonly ClaimDiagnosis[];
  readonly submission: number;
  /** The latest adjudication per item sequence. */
  readonly adjudicated: Readonly<Record<number, AdjudicatedItem>>;
  readonly benefitTotal: Money;
  readonly paidTotal: Money;
  readonly remittances: readonly string[];
}

/** A claim to a payer, after FHIR R4 Claim.status and ClaimResponse.outcome. */
export type ClaimState = { readonly status: 'none' } | ({ readonly status: ClaimStatus } & ClaimFacts);

export const initialState = (): ClaimState => ({ status: 'none' });
