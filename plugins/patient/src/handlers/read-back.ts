import type { Sql } from '@hms/sdk';
import type { PatientView } from '../contracts/queries';
import { findPatientView } from '../projections/patient-directory.read';

/**
 * The view of a patient a command just wrote. The directory projection runs inline, in the command's own
 * transaction, so the row is there; a missing row is a kernel fault, not a user error.
 */
export async function readBackPatient(sql: Sql, patientId: string): Promise<PatientView> {
  const view = await findPatientView(sql, patientId);
  if (view === undefined)
    throw new Error(`patient.directory has no row for patient ${patientId} after its command`);
  return view;
}
