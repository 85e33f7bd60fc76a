import { handleCommand, NotFoundError } from '@hms/sdk';
import { LOCATION_NOT_FOUND } from '../errors';
import { DefineLocation } from '../contracts/commands';
import { CATALOGUE_MANAGE } from '../contracts/permissions';
import type { LocationView } from '../contracts/queries';
import { locationDecider } from '../domain/location/location.decider';
import { locationStream } from '../domain/location/location.stream';
import { assertCodeFree } from './catalogue-codes';

export const defineLocationHandler = handleCommand(DefineLocation, {
  permission: CATALOGUE_MANAGE,
  async handle(data, ctx): Promise<LocationView> {
    await assertCodeFree(ctx, 'locations', data.code);
    const locationId = ctx.newId();
    const { state } = await ctx.streams.decide(locationStream(locationId), locationDecider, {
      type: 'inventory.DefineLocation',
      data: { ...data, locationId },
      meta: ctx.meta,
    });
    // The location was just defined, so its state is never 'none' here; the check only narrows the type.
    if (state.status === 'none') throw new NotFoundError(LOCATION_NOT_FOUND, { locationId });
    return { id: locationId, code: state.code, name: state.name };
  },
});
