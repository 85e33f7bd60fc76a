import { handleCommand, type QueryContext } from '@hms/sdk';
import { CaptureBedNights } from '../contracts/capture';
import { CHARGE_WRITE } from '../contracts/permissions';
import { accountStream } from '../domain/streams';
import type { BillingPluginOptions } from '../options';
import { bedNights } from '../reactions/bed-nights';
import { bedNightSource, wardChargeKey } from '../reactions/capture-keys';
import { captureChargeHandler } from './capture-charge.handler';
import { checkPatientOnFile } from './patient-on-file';

/**
 * The nights of one bed, counted on the hospital's clock (the option is read here, in `prepare`: a reaction has no
 * options), each captured as `CaptureCharge` would, in one transaction: named by the stay, the bed and the night,
 * so a re-run charges nothing twice.
 */
export const captureBedNightsHandler = handleCommand(CaptureBedNights, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  async prepare(data, ctx: QueryContext<BillingPluginOptions>) {
    await checkPatientOnFile(ctx, data.patientId);
    return bedNights(new Date(data.occupiedAt), new Date(data.vacatedAt), ctx.options.timeZone ?? 'UTC');
  },
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx, nights) {
    const chargeIds: (string | null)[] = [];
    for (const night of nights) {
      const capture = {
        patientId: data.patientId,
        encounterId: data.stayId,
        chargeKey: wardChargeKey(data.wardId),
        sourceKey: bedNightSource(data.stayId, data.bedId, night),
        serviceDate: night,
        quantity: 1,
      };
      chargeIds.push((await captureChargeHandler.handle(capture, ctx, undefined)).chargeId);
    }
    return { nights, chargeIds };
  },
});
