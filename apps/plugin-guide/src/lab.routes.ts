import { defineRoute } from '@hms/sdk';
import { GetLabOrder, PlaceLabOrder } from './contracts';

// #region routes
export const labRoutes = [
  defineRoute({
    method: 'POST',
    path: '/lab-orders',
    summary: 'Place a lab order',
    command: PlaceLabOrder,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/lab-orders/:orderId',
    summary: 'One lab order',
    query: GetLabOrder,
    input: (request) => ({ id: request.params.orderId }), // request.params is typed from the path
    respond: (order) => ({ body: order }), // order: LabOrderView, from GetLabOrder's declared result
  }),
];
// #endregion routes
