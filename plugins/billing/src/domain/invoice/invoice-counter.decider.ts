import type { Command, DataOf, Decider, DomainEvent } from '@hms/sdk';
import type { InvoiceNumberAllocated } from '../../contracts/capture';
import { invoiceNumber } from './invoice-number';

export type AllocateInvoiceNumberCommand = Command<
  'billing.AllocateInvoiceNumber',
  { year: number; invoiceId: string }
>;
export type InvoiceNumberEvent = DomainEvent<'billing.InvoiceNumberAllocated', DataOf<typeof InvoiceNumberAllocated>>;
/** How many numbers the year has given out. */
export type InvoiceCounterState = { readonly issued: number };

/**
 * The year's invoice counter. The next number is one more than the numbers given, and it is appended in the
 * issuing command's transaction with the stream's expected version: a rolled-back issue gives its number back,
 * and two issues racing for one number conflict and the later one is decided again with the next.
 */
export const invoiceCounterDecider: Decider<InvoiceCounterState, AllocateInvoiceNumberCommand, InvoiceNumberEvent> = {
  initialState: () => ({ issued: 0 }),
  decide: ({ data }, state) => [
    {
      type: 'billing.InvoiceNumberAllocated',
      data: {
        year: data.year,
        sequence: state.issued + 1,
        invoiceId: data.invoiceId,
        number: invoiceNumber(data.year, state.issued + 1),
      },
    },
  ],
  evolve: (_state, event) => ({ issued: event.data.sequence }),
  snapshot: { key: 'billing.invoice-counter/1', every: 100 },
};
