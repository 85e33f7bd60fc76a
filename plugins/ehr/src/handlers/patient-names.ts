import { type QueryContext } from '@hms/sdk';
import { GetPatient } from '@hms/plugin-patient/contracts';

/** A patient as a worklist row names them: "Family, Given" as the patient list writes it, and the MRN. */
export interface PatientName {
  readonly name: string;
  readonly mrn: string;
}

/**
 * Names the patients of a cross-patient worklist (a doctor's patients, their notes to sign) through the patient
 * plugin's published `GetPatient`, as the acting user (audited there). Only patients the caller may read, which the
 * worklist's handler has already checked. Without the patient plugin the map is empty and the rows keep the id.
 */
export async function patientNames(
  ctx: QueryContext,
  patientIds: Iterable<string>,
): Promise<ReadonlyMap<string, PatientName>> {
  const names = new Map<string, PatientName>();
  if (!ctx.isEnabled('patient')) return names;
  for (const patientId of new Set(patientIds)) {
    const patient = await ctx.ask(GetPatient, { id: patientId });
    names.set(patientId, { name: `${patient.familyName}, ${patient.givenName}`, mrn: patient.mrn });
  }
  return names;
}

/** The subset of `patientIds` whose clinical data the caller may read now (the care rule, asked per patient). */
export async function readablePatients(ctx: QueryContext, patientIds: Iterable<string>): Promise<Set<string>> {
  const readable = new Set<string>();
  for (const patientId of new Set(patientIds)) if (await ctx.mayReadClinicalData(patientId)) readable.add(patientId);
  return readable;
}
