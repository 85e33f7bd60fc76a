import { handleCommand } from '@hms/sdk';
import { RegisterAsset } from '../contracts/equipment-commands';
import type { AssetView } from '../contracts/equipment-queries';
import { EQUIPMENT_MANAGE } from '../contracts/permissions';
import { assetDecider } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';
import { assertSerialFree } from './equipment-lookups';

export const registerAssetHandler = handleCommand(RegisterAsset, {
  permission: EQUIPMENT_MANAGE,
  async handle(data, ctx): Promise<AssetView> {
    await assertSerialFree(ctx, data.manufacturer, data.serialNumber);
    const assetId = ctx.newId();
    await ctx.streams.decide(assetStream(assetId), assetDecider, {
      type: 'inventory.RegisterAsset',
      data: { ...data, assetId },
      meta: ctx.meta,
    });
    return {
      id: assetId,
      serialNumber: data.serialNumber,
      model: data.model,
      manufacturer: data.manufacturer,
      locationId: data.locationId,
      ownerDepartmentId: data.ownerDepartmentId,
      purchasedOn: data.purchasedOn ?? null,
      purchaseCost: data.purchaseCost ?? null,
      warrantyEndsOn: data.warrantyEndsOn ?? null,
      status: 'in-service',
      statusReason: null,
      nextMaintenanceDueOn: null,
      openWorkOrders: 0,
      flags: [],
      plans: [],
      workOrders: [],
      statusHistory: [],
    };
  },
});
