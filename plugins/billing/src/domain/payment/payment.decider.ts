import { assertNever, InvariantViolation, NotFoundError, type Command, type Decider } from '@hms/sdk';
import type { Allocation, PaymentMethod } from '../../contracts/schemas';
import { ACCOUNT_NOT_FOUND, PAYMENT_ALREADY_SETTLED, REFUND_EXCEEDS_CREDIT } from '../../errors';
import { assertOneCurrency, recorded } from '../account/account.kit';
import type { AccountEvent, CreditAllocatedEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import type { AccountState } from '../account/account.state';
import { defined } from '../dates';
import { compare, type Money } from '../money/money';
import { planAllocation } from './allocation-plan';

export type ReceivePaymentCommand = Command<
  'billing.ReceivePayment',
  {
    patientId: string;
    paymentId: string;
    method: PaymentMethod;
    amount: Money;
    providerReference?: string;
    allocation: Allocation;
  }
>;
export type DeclinePaymentCommand = Command<
  'billing.DeclinePayment',
  {
    patientId: string;
    paymentId: string;
    method: PaymentMethod;
    amount: Money;
    providerReference: string;
    declineCode: string;
  }
>;
export type AllocateCreditCommand = Command<'billing.AllocateCredit', { patientId: string; allocation: Allocation }>;
export type RefundCreditCommand = Command<
  'billing.RefundCredit',
  {
    patientId: string;
    refundId: string;
    method: PaymentMethod;
    amount: Money;
    reason: string;
  }
>;
export type PaymentCommand =
  ReceivePaymentCommand | DeclinePaymentCommand | AllocateCreditCommand | RefundCreditCommand;

export function decide(command: PaymentCommand, state: AccountState): AccountEvent[] {
  assertOneCurrency(state, command.data);
  switch (command.type) {
    case 'billing.ReceivePayment':
      return receive(command, state);
    case 'billing.DeclinePayment':
      return decline(command, state);
    case 'billing.AllocateCredit':
      return allocateCredit(command, state);
    case 'billing.RefundCredit':
      return refund(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * A payment is the patient's credit first, then applied to invoices. A provider's confirmation arriving twice
 * (a webhook retried, a cashier pressing twice) carries the same provider reference and records one payment.
 */
function receive({ data, meta }: ReceivePaymentCommand, state: AccountState): AccountEvent[] {
  const seen = providerOutcome(state, data.providerReference);
  if (seen === 'received' || (state.status === 'open' && state.payments[data.paymentId])) return [];
  if (seen === 'declined')
    throw new InvariantViolation(PAYMENT_ALREADY_SETTLED, { paymentId: data.paymentId, outcome: seen });
  const { allocation, ...payment } = data;
  const received: AccountEvent = {
    type: 'billing.PaymentReceived',
    data: defined({ ...recorded(data.patientId, meta), ...payment }),
  };
  const afterReceipt = accountFold.evolve(state, received);
  const allocations = planAllocation(afterReceipt, data.amount, allocation);
  return allocations.length === 0
    ? [received]
    : [received, allocated(data.patientId, meta, allocations, data.paymentId)];
}

function decline({ data, meta }: DeclinePaymentCommand, state: AccountState): AccountEvent[] {
  const seen = providerOutcome(state, data.providerReference);
  if (seen === 'declined') return [];
  if (seen === 'received')
    throw new InvariantViolation(PAYMENT_ALREADY_SETTLED, { paymentId: data.paymentId, outcome: seen });
  return [{ type: 'billing.PaymentDeclined', data: { ...recorded(data.patientId, meta), ...data } }];
}

function allocateCredit({ data, meta }: AllocateCreditCommand, state: AccountState): AccountEvent[] {
  // No account, no credit, and no currency to answer it in: say so rather than answer a made-up zero.
  if (state.status !== 'open') {
    throw new NotFoundError(
      ACCOUNT_NOT_FOUND,
      { patientId: data.patientId },
      { message: 'This patient has no billing account yet: there is no credit to apply.' },
    );
  }
  const allocations = planAllocation(state, state.credit, data.allocation);
  return allocations.length === 0 ? [] : [allocated(data.patientId, meta, allocations)];
}

/** Refunds come out of the patient's credit, never out of an invoice: credit an invoice first to refund it. */
function refund({ data, meta }: RefundCreditCommand, state: AccountState): AccountEvent[] {
  if (state.status === 'open' && state.refunds[data.refundId]) return [];
  if (state.status !== 'open' || compare(data.amount, state.credit) > 0) {
    throw new InvariantViolation(REFUND_EXCEEDS_CREDIT, {
      refundId: data.refundId,
      credit: state.status === 'open' ? state.credit.amount : 0,
    });
  }
  return [{ type: 'billing.RefundIssued', data: { ...recorded(data.patientId, meta), ...data } }];
}

const providerOutcome = (state: AccountState, reference: string | undefined): 'received' | 'declined' | undefined =>
  reference !== undefined && state.status === 'open' ? state.providerReferences[reference] : undefined;

function allocated(
  patientId: string,
  meta: Command['meta'],
  allocations: CreditAllocatedEvent['data']['allocations'],
  paymentId?: string,
): CreditAllocatedEvent {
  return { type: 'billing.CreditAllocated', data: defined({ ...recorded(patientId, meta), paymentId, allocations }) };
}

export const paymentDecider: Decider<AccountState, PaymentCommand, AccountEvent> = { ...accountFold, decide };
