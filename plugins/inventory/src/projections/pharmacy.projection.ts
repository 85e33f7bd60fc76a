import { defineProjection } from '@hms/sdk';
import { MedicationChanged, MedicationPrescribed, MedicationStopped } from '@hms/plugin-ehr/contracts';
import { DispensedMedicationReturned, MedicationDispensed } from '../contracts/dispensing-events';

/**
 * The pharmacy's worklist: the EHR's medication orders as its published events describe them (inventory never
 * reads the EHR's tables), with what was dispensed and returned against each. Inline, so a prescription is on the
 * worklist the moment it is signed off, and the balance moves with the dispense that changed it.
 */
export const pharmacyProjection = defineProjection({
  name: 'inventory.pharmacy',
  mode: 'inline',
  handles: [
    MedicationPrescribed,
    MedicationChanged,
    MedicationStopped,
    MedicationDispensed,
    DispensedMedicationReturned,
  ],
  tables: ['inventory.prescriptions', 'inventory.dispenses', 'inventory.dispense_returns'],
  async evolve(event, sql) {
    switch (event.type) {
      case MedicationPrescribed.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.prescriptions
             (prescription_id, patient_id, encounter_id, medication, dosage, prescribed, status, prescribed_at, prescribed_by)
           VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8) ON CONFLICT (prescription_id) DO NOTHING`,
          [
            d.medicationId,
            d.patientId,
            d.encounterId ?? null,
            d.medication,
            JSON.stringify(d.dosage),
            d.quantity ?? null,
            d.at,
            d.by,
          ],
        );
        return;
      }
      case MedicationChanged.type: {
        const d = event.data;
        await sql.query(`UPDATE inventory.prescriptions SET dosage = $2 WHERE prescription_id = $1`, [
          d.medicationId,
          JSON.stringify(d.dosage),
        ]);
        return;
      }
      case MedicationStopped.type:
        await sql.query(`UPDATE inventory.prescriptions SET status = 'stopped' WHERE prescription_id = $1`, [
          event.data.medicationId,
        ]);
        return;
      case MedicationDispensed.type: {
        const d = event.data;
        const [inserted] = await sql.query<{ dispense_id: string }>(
          `INSERT INTO inventory.dispenses (dispense_id, prescription_id, item_id, location_id, quantity, lots, dispensed_at, dispensed_by, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (dispense_id) DO NOTHING RETURNING dispense_id`,
          [
            d.dispenseId,
            d.prescriptionId,
            d.itemId,
            d.locationId,
            d.quantity,
            JSON.stringify(d.lots),
            d.at,
            d.by,
            event.position.toString(),
          ],
        );
        if (!inserted) return; // replayed: the balance below already counts it
        await sql.query(`UPDATE inventory.prescriptions SET dispensed = dispensed + $2 WHERE prescription_id = $1`, [
          d.prescriptionId,
          d.quantity,
        ]);
        return;
      }
      case DispensedMedicationReturned.type: {
        const d = event.data;
        const [inserted] = await sql.query<{ return_id: string }>(
          `INSERT INTO inventory.dispense_returns (return_id, dispense_id, prescription_id, quantity, lots, reason, returned_at, returned_by, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (return_id) DO NOTHING RETURNING return_id`,
          [
            d.returnId,
            d.dispenseId,
            d.prescriptionId,
            d.quantity,
            JSON.stringify(d.lots),
            d.reason,
            d.at,
            d.by,
            event.position.toString(),
          ],
        );
        if (!inserted) return; // replayed: the balances below already count it
        await sql.query(`UPDATE inventory.dispenses SET returned = returned + $2 WHERE dispense_id = $1`, [
          d.dispenseId,
          d.quantity,
        ]);
        await sql.query(`UPDATE inventory.prescriptions SET returned = returned + $2 WHERE prescription_id = $1`, [
          d.prescriptionId,
          d.quantity,
        ]);
        return;
      }
    }
  },
});
