import { definePlugin } from '@hms/sdk';
import { LAB_ORDER_PLACE, LAB_ORDER_READ, LabOrderPlaced } from './contracts';
import { getLabOrder } from './get-lab-order.handler';
import { labOrderFhirResource } from './lab-order.fhir';
import { labRoutes } from './lab.routes';
import { listLabOrders } from './list-lab-orders.handler';
import { orderCommentDocuments } from './order-comment.collab';
import { ordersByTestReport } from './orders-by-test.report';
import { placeStandingOrdersJob } from './place-standing-orders.job';
import { createOrders, ordersProjection } from './orders.projection';
import type { LabOptions } from './options';
import { placeLabOrder } from './place-lab-order.handler';

// #region manifest
export const labPlugin = definePlugin<LabOptions>({
  name: 'lab',
  version: '1.0.0',
  sdk: '^2.4.0', // the FHIR contribution (2.4); the kernel refuses to start it outside this range
  dependsOn: { patient: '^1.0.0' },
  permissions: [LAB_ORDER_PLACE, LAB_ORDER_READ],
  roles: [{ name: 'lab-technician', description: 'Runs the lab', permissions: [LAB_ORDER_READ] }],
  events: [LabOrderPlaced],
  commands: [placeLabOrder],
  queries: [getLabOrder, listLabOrders],
  projections: [ordersProjection],
  migrations: [createOrders],
  jobs: [placeStandingOrdersJob],
  reports: [ordersByTestReport],
  collab: [orderCommentDocuments],
  fhir: [labOrderFhirResource],
  paths: ['/lab-orders'],
  routes: labRoutes,
});
// #endregion manifest
