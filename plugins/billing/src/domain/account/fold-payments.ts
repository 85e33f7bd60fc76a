import { add, subtract } from '../money/money';
import type {
  CreditAllocatedEvent,
  PaymentDeclinedEvent,
  PaymentReceivedEvent,
  RefundIssuedEvent,
} from './account.events';
import type { OpenAccount } from './account.state';
import { settle, withInvoice } from './fold-invoices';

/** How payments, allocations and refunds change a patient's account (part of the account fold). */
export function paymentReceived(account: OpenAccount, { data }: PaymentReceivedEvent): OpenAccount {
  const reference = data.providerReference ? { [data.providerReference]: 'received' as const } : {};
  return {
    ...account,
    credit: add(account.credit, data.amount),
    payments: { ...account.payments, [data.paymentId]: 'received' },
    providerReferences: { ...account.providerReferences, ...reference },
  };
}

export function paymentDeclined(account: OpenAccount, { data }: PaymentDeclinedEvent): OpenAccount {
  const reference = data.providerReference ? { [data.providerReference]: 'declined' as const } : {};
  return {
    ...account,
    payments: { ...account.payments, [data.paymentId]: 'declined' },
    providerReferences: { ...account.providerReferences, ...reference },
  };
}

export function creditAllocated(account: OpenAccount, { data }: CreditAllocatedEvent): OpenAccount {
  return data.allocations.reduce((next, { invoiceId, amount }) => {
    const applied = withInvoice(next, invoiceId, (i) =>
      settle({ ...i, balance: subtract(i.balance, amount), paid: add(i.paid, amount) }),
    );
    return { ...applied, credit: subtract(applied.credit, amount) };
  }, account);
}

export function refundIssued(account: OpenAccount, { data }: RefundIssuedEvent): OpenAccount {
  return {
    ...account,
    credit: subtract(account.credit, data.amount),
    refunds: { ...account.refunds, [data.refundId]: true },
  };
}
