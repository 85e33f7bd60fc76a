import { handleQuery } from '@hms/sdk';
import { WARD_READ } from '../contracts/permissions';
import { ListWards, type WardList } from '../contracts/queries';
import { listWards } from '../projections/bed-board.read';

export const listWardsHandler = handleQuery(ListWards, {
  permission: WARD_READ,
  handle: (_params, ctx): Promise<WardList> => listWards(ctx.sql),
});
