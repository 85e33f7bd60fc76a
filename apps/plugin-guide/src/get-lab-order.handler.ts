import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetLabOrder, LAB_ORDER_READ, type LabOrderView } from './contracts';

// #region query-handler
export const getLabOrder = handleQuery(GetLabOrder, {
  permission: LAB_ORDER_READ,
  // Known only once read: the kernel audits (and applies the care rule to) the patient the answer names.
  auditPatient: (_params, order) => order?.patientId,
  async handle({ id }, ctx): Promise<LabOrderView> {
    const [row] = await ctx.sql.query<{ patient_id: string; test: string }>(
      'SELECT patient_id::text AS patient_id, test FROM lab.orders WHERE id = $1',
      [id],
    );
    if (!row) throw new NotFoundError('LAB_ORDER_NOT_FOUND', { orderId: id });
    return { id, patientId: row.patient_id, test: row.test };
  },
});
// #endregion query-handler
