import { handleCommand, InvariantViolation, NotFoundError } from '@hms/sdk';
import { RecordProviderEvent } from '../contracts/card-payments';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { cardPaymentDecider } from '../domain/card-payment/card-payment.decider';
import { paymentDecider } from '../domain/payment/payment.decider';
import { accountStream, cardPaymentStream } from '../domain/streams';
import { CARD_PAYMENT_NOT_FOUND, PROVIDER_AMOUNT_MISMATCH } from '../errors';
import { raisePaymentDeclined, resolvePaymentDeclined } from '../notifications/payment-notifications';

/**
 * The provider's word on a card payment, from its webhook (sent by the kernel as `webhook:billing`). A success is
 * a `billing.ReceivePayment` with the attempt's reference on the patient's account, so a duplicate or concurrent
 * delivery records one payment (the account stream serialises them; the decider keys on the reference). A decline
 * moves no money; a `pending` event records nothing. Attempts arriving out of order are each recorded once, and an
 * older attempt's decline never undoes a success. A newly recorded decline tells the cashiers
 * (`billing.payment-declined`), unless the card payment already succeeded; a success resolves it.
 */
export const recordProviderEventHandler = handleCommand(RecordProviderEvent, {
  permission: PAYMENT_TAKE,
  auditPatient: (_, result) => result?.patientId,
  preload: (data) => [cardPaymentStream(data.cardPaymentId)],
  async handle(data, ctx) {
    const { state: card } = await ctx.streams.load(cardPaymentStream(data.cardPaymentId), cardPaymentDecider);
    if (card.status === 'none') throw new NotFoundError(CARD_PAYMENT_NOT_FOUND, { cardPaymentId: data.cardPaymentId });
    if (data.amount.amount !== card.amount.amount || data.amount.currency !== card.amount.currency)
      throw new InvariantViolation(PROVIDER_AMOUNT_MISMATCH, { started: card.amount, provider: data.amount });
    const patientId = card.patientId;
    if (data.outcome === 'pending') return { patientId, outcome: 'pending' as const, paymentId: null };
    const paymentId = ctx.newId();
    const common = {
      patientId,
      paymentId,
      method: 'card' as const,
      amount: card.amount,
      providerReference: data.providerReference,
    };
    const { events } = await ctx.streams.decide(
      accountStream(patientId),
      paymentDecider,
      data.outcome === 'succeeded'
        ? { type: 'billing.ReceivePayment', data: { ...common, allocation: { kind: 'oldest-first' } }, meta: ctx.meta }
        : {
            type: 'billing.DeclinePayment',
            data: { ...common, declineCode: data.declineCode ?? 'declined' },
            meta: ctx.meta,
          },
    );
    await ctx.streams.decide(cardPaymentStream(data.cardPaymentId), cardPaymentDecider, {
      type: 'billing.SettleCardPayment',
      data: {
        cardPaymentId: data.cardPaymentId,
        outcome: data.outcome,
        providerReference: data.providerReference,
        ...(data.declineCode === undefined ? {} : { declineCode: data.declineCode }),
      },
      meta: ctx.meta,
    });
    const recorded = events.length > 0;
    if (recorded && data.outcome === 'succeeded') resolvePaymentDeclined(ctx, patientId);
    if (recorded && data.outcome === 'declined' && card.status !== 'succeeded') {
      raisePaymentDeclined(ctx, {
        patientId,
        paymentId,
        method: 'card',
        amount: card.amount,
        declineCode: data.declineCode ?? 'declined',
        cardPaymentId: data.cardPaymentId,
      });
    }
    return {
      patientId,
      outcome: recorded ? ('recorded' as const) : ('already-recorded' as const),
      paymentId: recorded && data.outcome === 'succeeded' ? paymentId : null,
    };
  },
});
