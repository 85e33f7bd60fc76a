import { handleCommand } from '@hms/sdk';
import { ChangeAssetStatus } from '../contracts/equipment-commands';
import { EQUIPMENT_MANAGE } from '../contracts/permissions';
import { assetDecider } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';

export const changeAssetStatusHandler = handleCommand(ChangeAssetStatus, {
  permission: EQUIPMENT_MANAGE,
  async handle(data, ctx) {
    await ctx.streams.decide(assetStream(data.assetId), assetDecider, {
      type: 'inventory.ChangeAssetStatus',
      data,
      meta: ctx.meta,
    });
    return { assetId: data.assetId, status: data.status };
  },
});
