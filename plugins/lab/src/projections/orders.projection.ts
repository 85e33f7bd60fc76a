import { defineProjection } from '@hms/sdk';
import {
  CriticalResultAcknowledged,
  LabOrderCancelled,
  LabOrderPlaced,
  ResultReleased,
  ResultsEntered,
  ResultsValidated,
  SpecimenCollected,
  SpecimenReceived,
} from '../contracts/events';
import { isCritical } from '../domain/catalogue/reference-range';

/** Orders by status and patient: the worklist, a patient's orders and the requester's care relationship. Inline. */
export const ordersProjection = defineProjection({
  name: 'lab.orders',
  mode: 'inline',
  handles: [
    LabOrderPlaced,
    SpecimenCollected,
    SpecimenReceived,
    ResultsEntered,
    ResultsValidated,
    ResultReleased,
    LabOrderCancelled,
    CriticalResultAcknowledged,
  ],
  tables: ['lab.orders'],
  async evolve(event, sql) {
    const set = (assignments: string, ...params: (string | boolean)[]) =>
      sql.query(`UPDATE lab.orders SET ${assignments} WHERE id = $1`, [event.data.orderId, ...params]);
    switch (event.type) {
      case LabOrderPlaced.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO lab.orders (id, accession, patient_id, status, priority, tests, panels, clinical_question, requester_id, placed_at)
           VALUES ($1, $2, $3, 'placed', $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
          [
            d.orderId,
            d.accession,
            d.patientId,
            d.priority,
            JSON.stringify(d.tests),
            JSON.stringify(d.panels),
            d.clinicalQuestion,
            d.requesterId,
            d.at,
          ],
        );
        return;
      }
      case SpecimenCollected.type:
        await set(`status = 'collected', collected_at = $2`, event.data.at);
        return;
      case SpecimenReceived.type:
        await set(`status = 'received', received_at = $2`, event.data.at);
        return;
      case ResultsEntered.type:
        await set(`status = 'resulted'`);
        return;
      case ResultReleased.type:
        // Critical once released: what the requester was told (entered values may still be corrected before).
        await set(`critical = critical OR $2`, isCritical(event.data.flag));
        return;
      case ResultsValidated.type:
        await set(`status = 'released', validated_by = $2, released_at = $3`, event.data.by, event.data.at);
        return;
      case LabOrderCancelled.type:
        await set(`status = 'cancelled'`);
        return;
      case CriticalResultAcknowledged.type:
        await set(`critical_acknowledged_at = $2`, event.data.at);
        return;
    }
  },
});
