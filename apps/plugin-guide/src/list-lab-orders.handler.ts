import { handleQuery } from '@hms/sdk';
import { LAB_ORDER_READ, ListLabOrders, type LabOrderView } from './contracts';

/** A patient's orders, oldest first: the FHIR server's search of ServiceRequest asks this. */
export const listLabOrders = handleQuery(ListLabOrders, {
  permission: LAB_ORDER_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<readonly LabOrderView[]> {
    const rows = await ctx.sql.query<{ id: string; test: string }>(
      'SELECT id::text AS id, test FROM lab.orders WHERE patient_id = $1 ORDER BY id',
      [patientId],
    );
    return rows.map((row) => ({ id: row.id, patientId, test: row.test }));
  },
});
