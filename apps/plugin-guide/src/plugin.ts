import { definePlugin } from '@hms/sdk';
import { LAB_ORDER_PLACE, LAB_ORDER_READ, LabOrderPlaced } from './contracts';
import { getLabOrder } from './get-lab-order.handler';
import { createOrders, ordersProjection } from './orders.projection';
import { placeLabOrder } from './place-lab-order.handler';

// #region manifest
export const labPlugin = definePlugin({
  name: 'lab',
  version: '1.0.0',
  sdk: '^2.0.0',
  dependsOn: { patient: '^1.0.0' },
  permissions: [LAB_ORDER_PLACE, LAB_ORDER_READ],
  roles: [{ name: 'lab-technician', description: 'Runs the lab', permissions: [LAB_ORDER_READ] }],
  events: [LabOrderPlaced],
  commands: [placeLabOrder],
  queries: [getLabOrder],
  projections: [ordersProjection],
  migrations: [createOrders],
});
// #endregion manifest
