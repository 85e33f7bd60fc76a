import { defineCollabDocument } from '@hms/sdk';
import { LAB_ORDER_PLACE, LAB_ORDER_READ } from './contracts';

// #region collab
/**
 * A comment the ward and the lab write together on an order, live. Its id is the order's id; the kernel serves the
 * protocol, stores each update before relaying it and audits each connection against the patient given here.
 */
export const orderCommentDocuments = defineCollabDocument({
  kind: 'lab.order-comment',
  readPermission: LAB_ORDER_READ,
  writePermission: LAB_ORDER_PLACE,
  async resolve(documentId, ctx) {
    const [order] = await ctx.sql.query<{ patient_id: string }>(
      'SELECT patient_id::text AS patient_id FROM lab.orders WHERE id = $1',
      [documentId],
    );
    return order ? { mode: 'edit', patientId: order.patient_id } : null;
  },
});
// #endregion collab
