import { handleCommand, NotFoundError } from '@hms/sdk';
import { MarkCardPaymentSent } from '../contracts/card-payments';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { cardPaymentDecider } from '../domain/card-payment/card-payment.decider';
import { cardPaymentStream } from '../domain/streams';
import { CARD_PAYMENT_NOT_FOUND } from '../errors';

/** The job's note that the provider took a card payment; the same provider payment id again records nothing. */
export const markCardPaymentSentHandler = handleCommand(MarkCardPaymentSent, {
  permission: PAYMENT_TAKE,
  auditPatient: (_, result) => result?.patientId,
  preload: (data) => [cardPaymentStream(data.cardPaymentId)],
  async handle(data, ctx) {
    const { events, state } = await ctx.streams.decide(cardPaymentStream(data.cardPaymentId), cardPaymentDecider, {
      type: 'billing.MarkCardPaymentSent',
      data,
      meta: ctx.meta,
    });
    if (state.status === 'none') throw new NotFoundError(CARD_PAYMENT_NOT_FOUND, { cardPaymentId: data.cardPaymentId });
    return { sent: events.length > 0, patientId: state.patientId };
  },
});
