import { handleQuery } from '@hms/sdk';
import { LAB_RESULT_READ, LAB_WORKLIST_READ } from '../contracts/permissions';
import { ListLabWorklist, ListPatientLabOrders } from '../contracts/queries';
import { listOrders } from '../projections/order-rows';

/** The bench's list: stat before urgent before routine, then the oldest first (it has waited longest). */
export const listLabWorklistHandler = handleQuery(ListLabWorklist, {
  permission: LAB_WORKLIST_READ,
  auditPatient: (_, list) => list?.items.map((o) => o.patientId),
  handle: ({ status }, ctx) =>
    listOrders(
      ctx.sql,
      'o.status = $1',
      [status],
      `CASE o.priority WHEN 'stat' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, o.placed_at`,
    ),
});

export const listPatientLabOrdersHandler = handleQuery(ListPatientLabOrders, {
  permission: LAB_RESULT_READ,
  auditPatient: (params) => params.patientId,
  handle: ({ patientId }, ctx) => listOrders(ctx.sql, 'o.patient_id = $1', [patientId], 'o.placed_at DESC'),
});
