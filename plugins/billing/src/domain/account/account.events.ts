import type { DataOf, DomainEvent } from '@hms/sdk';
import type {
  ChargePosted,
  ChargeReversed,
  CoverageEnded,
  CoverageRegistered,
  CreditAllocated,
  CreditNoteIssued,
  InvoiceDrafted,
  InvoiceIssued,
  InvoiceVoided,
  InvoiceWrittenOff,
  PatientShareTransferredToPayer,
  PayerShareTransferredToPatient,
  PaymentDeclined,
  PaymentReceived,
  RefundIssued,
} from '../../contracts/account-events';

type Of<D extends { readonly type: string }> = DomainEvent<D['type'], DataOf<D>>;

export type CoverageRegisteredEvent = Of<typeof CoverageRegistered>;
export type CoverageEndedEvent = Of<typeof CoverageEnded>;
export type ChargePostedEvent = Of<typeof ChargePosted>;
export type ChargeReversedEvent = Of<typeof ChargeReversed>;
export type PayerShareTransferredEvent = Of<typeof PayerShareTransferredToPatient>;
export type PatientShareTransferredEvent = Of<typeof PatientShareTransferredToPayer>;
export type InvoiceDraftedEvent = Of<typeof InvoiceDrafted>;
export type InvoiceIssuedEvent = Of<typeof InvoiceIssued>;
export type InvoiceVoidedEvent = Of<typeof InvoiceVoided>;
export type CreditNoteIssuedEvent = Of<typeof CreditNoteIssued>;
export type InvoiceWrittenOffEvent = Of<typeof InvoiceWrittenOff>;
export type PaymentReceivedEvent = Of<typeof PaymentReceived>;
export type PaymentDeclinedEvent = Of<typeof PaymentDeclined>;
export type CreditAllocatedEvent = Of<typeof CreditAllocated>;
export type RefundIssuedEvent = Of<typeof RefundIssued>;

/** Every event of a patient's account stream. */
export type AccountEvent =
  | CoverageRegisteredEvent
  | CoverageEndedEvent
  | ChargePostedEvent
  | ChargeReversedEvent
  | PayerShareTransferredEvent
  | PatientShareTransferredEvent
  | InvoiceDraftedEvent
  | InvoiceIssuedEvent
  | InvoiceVoidedEvent
  | CreditNoteIssuedEvent
  | InvoiceWrittenOffEvent
  | PaymentReceivedEvent
  | PaymentDeclinedEvent
  | CreditAllocatedEvent
  | RefundIssuedEvent;
