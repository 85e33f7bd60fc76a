import { handleCommand } from '@hms/sdk';
import { DeclinePayment } from '../contracts/account-commands';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { paymentDecider } from '../domain/payment/payment.decider';
import { accountStream } from '../domain/streams';
import { raisePaymentDeclined } from '../notifications/payment-notifications';

/** A provider's decline moves no money; the same decline twice records (and tells the cashiers) once. */
export const declinePaymentHandler = handleCommand(DeclinePayment, {
  permission: PAYMENT_TAKE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const paymentId = ctx.newId();
    const { events } = await ctx.streams.decide(accountStream(data.patientId), paymentDecider, {
      type: 'billing.DeclinePayment',
      data: { ...data, paymentId },
      meta: ctx.meta,
    });
    if (events.length === 0) return { paymentId: null };
    raisePaymentDeclined(ctx, { ...data, paymentId });
    return { paymentId };
  },
});
