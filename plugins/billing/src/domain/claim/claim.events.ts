import type { DataOf, DomainEvent } from '@hms/sdk';
import type {
  ClaimAccepted,
  ClaimAdjudicated,
  ClaimAppealed,
  ClaimCreated,
  ClaimPaymentReceived,
  ClaimRejected,
  ClaimResubmitted,
  ClaimSubmitted,
} from '../../contracts/claim-events';

type Of<D extends { readonly type: string }> = DomainEvent<D['type'], DataOf<D>>;

export type ClaimCreatedEvent = Of<typeof ClaimCreated>;
export type ClaimAdjudicatedEvent = Of<typeof ClaimAdjudicated>;
export type ClaimEvent =
  | ClaimCreatedEvent
  | Of<typeof ClaimSubmitted>
  | Of<typeof ClaimAccepted>
  | Of<typeof ClaimRejected>
  | ClaimAdjudicatedEvent
  | Of<typeof ClaimAppealed>
  | Of<typeof ClaimResubmitted>
  | Of<typeof ClaimPaymentReceived>;

export type ClaimItem = ClaimCreatedEvent['data']['item'][number];
export type ClaimDiagnosis = ClaimCreatedEvent['data']['diagnosis'][number];
export type AdjudicatedItem = ClaimAdjudicatedEvent['data']['item'][number];
