import { handleQuery } from '@hms/sdk';
import { LAB_RESULT_READ, LAB_WORKLIST_READ } from '../contracts/permissions';
import { GetLabOrder, GetLabWorkItem } from '../contracts/queries';
import { loadOrderView } from './order-view';

/** For the chart: clinical, so the care rule applies to the order's patient. */
export const getLabOrderHandler = handleQuery(GetLabOrder, {
  permission: LAB_RESULT_READ,
  auditPatient: (_, order) => order?.patientId,
  handle: ({ orderId }, ctx) => loadOrderView(ctx, orderId),
});

/** For the laboratory's bench: the same order, audited, for whoever works the worklist (not a care relationship). */
export const getLabWorkItemHandler = handleQuery(GetLabWorkItem, {
  permission: LAB_WORKLIST_READ,
  auditPatient: (_, order) => order?.patientId,
  handle: ({ orderId }, ctx) => loadOrderView(ctx, orderId),
});
