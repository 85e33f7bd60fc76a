import { handleCommand } from '@hms/sdk';
import { StartCardPayment } from '../contracts/card-payments';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { assertOneCurrency } from '../domain/account/account.kit';
import { accountFold } from '../domain/account/account.fold';
import { cardPaymentDecider } from '../domain/card-payment/card-payment.decider';
import { accountStream, cardPaymentStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';

/**
 * A cashier starts a card payment: recorded on its own stream for the `billing.send-card-payments` job to hand to
 * the provider. Nothing is owed less until the provider's webhook confirms it. An amount in another currency than
 * the account's is refused now rather than at the confirmation.
 */
export const startCardPaymentHandler = handleCommand(StartCardPayment, {
  permission: PAYMENT_TAKE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const account = await ctx.streams.load(accountStream(data.patientId), accountFold);
    assertOneCurrency(account.state, data);
    const cardPaymentId = ctx.newId();
    await ctx.streams.decide(cardPaymentStream(cardPaymentId), cardPaymentDecider, {
      type: 'billing.StartCardPayment',
      data: { ...data, cardPaymentId },
      meta: ctx.meta,
    });
    return { cardPaymentId };
  },
});
