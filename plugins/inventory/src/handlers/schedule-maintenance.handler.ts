import { handleCommand } from '@hms/sdk';
import { ScheduleMaintenance } from '../contracts/equipment-commands';
import { EQUIPMENT_MANAGE } from '../contracts/permissions';
import { assetDecider } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';

export const scheduleMaintenanceHandler = handleCommand(ScheduleMaintenance, {
  permission: EQUIPMENT_MANAGE,
  async handle(data, ctx) {
    const planId = ctx.newId();
    await ctx.streams.decide(assetStream(data.assetId), assetDecider, {
      type: 'inventory.ScheduleMaintenance',
      data: { ...data, planId },
      meta: ctx.meta,
    });
    return { assetId: data.assetId, planId, nextDueOn: data.firstDueOn };
  },
});
