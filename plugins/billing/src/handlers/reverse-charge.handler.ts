import { handleCommand } from '@hms/sdk';
import { ReverseCharge } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { chargeDecider } from '../domain/charge/charge.decider';
import { accountStream } from '../domain/streams';

/**
 * By hand with a reason, or by a reaction when the source was cancelled or partly returned (a second cancellation or
 * the same return again records nothing).
 */
export const reverseChargeHandler = handleCommand(ReverseCharge, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { events } = await ctx.streams.decide(accountStream(data.patientId), chargeDecider, {
      type: 'billing.ReverseCharge',
      data: data.by.kind === 'source-reduced' ? { ...data, remainderChargeId: ctx.newId() } : data,
      meta: ctx.meta,
    });
    return { reversed: events.flatMap((e) => (e.type === 'billing.ChargeReversed' ? [e.data.chargeId] : [])) };
  },
});
