import { handleCommand } from '@hms/sdk';
import { CorrectCharge } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { chargeDecider } from '../domain/charge/charge.decider';
import { accountStream } from '../domain/streams';

/** The original is reversed (by credit note when invoiced) and a corrected charge posted, with the reason on both. */
export const correctChargeHandler = handleCommand(CorrectCharge, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const newChargeId = ctx.newId();
    await ctx.streams.decide(accountStream(data.patientId), chargeDecider, {
      type: 'billing.CorrectCharge',
      data: { ...data, newChargeId },
      meta: ctx.meta,
    });
    return { chargeId: newChargeId };
  },
});
