import { type QueryContext } from '@hms/sdk';
import { GetPatient } from '@hms/plugin-patient/contracts';

/** Who a printed document is about, as the patient plugin has it now. */
export interface PatientIdentity {
  readonly name: string;
  readonly mrn: string;
  readonly birthDate: string;
}

/**
 * A document handed to a patient, a GP or another hospital must identify the patient by name, MRN and date of birth
 * (an id alone identifies no one on paper). Asked through the patient plugin's published `GetPatient`, as the acting
 * user (audited there). Without the patient plugin the EHR has no demographics, and the document keeps the id.
 */
export async function patientIdentity(ctx: QueryContext, patientId: string): Promise<PatientIdentity | undefined> {
  if (!ctx.isEnabled('patient')) return undefined;
  const patient = await ctx.ask(GetPatient, { id: patientId });
  const given = patient.middleName === undefined ? patient.givenName : `${patient.givenName} ${patient.middleName}`;
  return { name: `${patient.familyName.toUpperCase()}, ${given}`, mrn: patient.mrn, birthDate: patient.birthDate };
}
