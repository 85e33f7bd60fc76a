import { handleCommand } from '@hms/sdk';
import { RefundCredit } from '../contracts/account-commands';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { zero } from '../domain/money/money';
import { paymentDecider } from '../domain/payment/payment.decider';
import { accountStream } from '../domain/streams';

/** Paid back out of the patient's credit (never more), with the cashier's reason. */
export const refundCreditHandler = handleCommand(RefundCredit, {
  permission: PAYMENT_TAKE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const refundId = ctx.newId();
    const { state } = await ctx.streams.decide(accountStream(data.patientId), paymentDecider, {
      type: 'billing.RefundCredit',
      data: { ...data, refundId },
      meta: ctx.meta,
    });
    return { refundId, credit: state.status === 'open' ? state.credit : zero(data.amount.currency) };
  },
});
