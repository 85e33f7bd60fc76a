import type { PrescriptionRow } from '../contracts/dispensing-queries';

export interface PrescriptionDbRow {
  prescription_id: string;
  patient_id: string;
  encounter_id: string | null;
  medication: string;
  dosage: PrescriptionRow['dosage'];
  prescribed: number | null;
  dispensed: number;
  returned: number;
  status: 'active' | 'stopped';
  prescribed_at: Date;
  prescribed_by: string;
}

export const PRESCRIPTION_COLUMNS = `prescription_id, patient_id, encounter_id, medication, dosage, prescribed, dispensed,
  returned, status, prescribed_at, prescribed_by`;

/** `dispensed` in the answer is what is with the patient: dispensed less returned. */
export function prescriptionFromRow(row: PrescriptionDbRow): PrescriptionRow {
  const dispensed = row.dispensed - row.returned;
  return {
    prescriptionId: row.prescription_id,
    patientId: row.patient_id,
    encounterId: row.encounter_id,
    medication: row.medication,
    dosage: row.dosage,
    prescribed: row.prescribed,
    dispensed,
    returned: row.returned,
    outstanding: row.prescribed === null ? null : Math.max(row.prescribed - dispensed, 0),
    status: row.status,
    prescribedAt: row.prescribed_at.toISOString(),
    prescribedBy: row.prescribed_by,
  };
}
