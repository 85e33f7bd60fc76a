import { handleCommand } from '@hms/sdk';
import { PostCharge } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { accountStream } from '../domain/streams';
import { chargeDecider } from '../domain/charge/charge.decider';
import { resolveCharge } from './charge-pricing';
import { checkPatientOnFile } from './patient-on-file';

/** A charge entered by hand (with its reason in `source`), priced at the price in force on the service date. */
export const postChargeHandler = handleCommand(PostCharge, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { category, price } = await resolveCharge(ctx, data.patientId, data.serviceCode, data.serviceDate);
    const chargeId = ctx.newId();
    const { events } = await ctx.streams.decide(accountStream(data.patientId), chargeDecider, {
      type: 'billing.PostCharge',
      data: { ...data, chargeId, category, price },
      meta: ctx.meta,
    });
    return { chargeId: events.length > 0 ? chargeId : null };
  },
});
