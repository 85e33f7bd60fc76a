import { handleQuery } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { ListLocations, type LocationView } from '../contracts/queries';

export const listLocationsHandler = handleQuery(ListLocations, {
  permission: STOCK_READ,
  async handle(_params, ctx): Promise<{ items: LocationView[] }> {
    return {
      items: await ctx.sql.query<LocationView>(`SELECT id, code, name FROM inventory.locations ORDER BY lower(name)`),
    };
  },
});
