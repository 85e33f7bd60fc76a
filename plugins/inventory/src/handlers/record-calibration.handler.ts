import { handleCommand, ValidationError } from '@hms/sdk';
import { RecordCalibration } from '../contracts/maintenance-commands';
import { MAINTENANCE_RECORD } from '../contracts/permissions';
import { assetDecider } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';

export const recordCalibrationHandler = handleCommand(RecordCalibration, {
  permission: MAINTENANCE_RECORD,
  preload: (data) => [assetStream(data.assetId)],
  async handle(data, ctx) {
    if (data.nextDueOn !== undefined && data.nextDueOn <= data.calibratedOn) {
      throw new ValidationError([{ path: 'nextDueOn', message: 'the next calibration is due after this one' }]);
    }
    const calibrationId = ctx.newId();
    const { state } = await ctx.streams.decide(assetStream(data.assetId), assetDecider, {
      type: 'inventory.RecordCalibration',
      data: { ...data, calibrationId },
      meta: ctx.meta,
    });
    // A failed calibration may have taken the asset out of service: the answer says where it stands now.
    return { assetId: data.assetId, calibrationId, result: data.result, status: state.status };
  },
});
