import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { RequestSupplies } from '../contracts/commands';
import { ListSupplyRequests, supplyRequestListSchema } from '../contracts/queries';
import { PLUGIN } from '../plugin-name';

/** Under `/api`, on the path the manifest claims (`paths`); each route takes its handler's permission. */
export const supplyRequestRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: `/${PLUGIN}/requests`,
    summary: 'Request supplies for a ward',
    command: RequestSupplies,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: `/${PLUGIN}/requests`,
    summary: 'The supply requests, newest first (`?ward=` for one ward)',
    query: ListSupplyRequests,
    response: supplyRequestListSchema,
  }),
];
