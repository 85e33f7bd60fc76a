import { handleCommand } from '@hms/sdk';
import { AllocateCredit } from '../contracts/account-commands';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { paymentDecider } from '../domain/payment/payment.decider';
import { accountStream } from '../domain/streams';

export const allocateCreditHandler = handleCommand(AllocateCredit, {
  permission: PAYMENT_TAKE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { events, state } = await ctx.streams.decide(accountStream(data.patientId), paymentDecider, {
      type: 'billing.AllocateCredit',
      data,
      meta: ctx.meta,
    });
    const allocated = events.find((e) => e.type === 'billing.CreditAllocated');
    // The decider refuses an account that is not open, so the state is one here.
    if (state.status !== 'open') throw new Error('AllocateCredit must leave an open account');
    return {
      allocations: allocated?.type === 'billing.CreditAllocated' ? allocated.data.allocations : [],
      credit: state.credit,
    };
  },
});
