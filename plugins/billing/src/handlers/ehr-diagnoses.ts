import { InvariantViolation, type QueryContext } from '@hms/sdk';
import { ICD10_SYSTEM } from '../contracts/schemas';
import type { ClaimDiagnosis } from '../domain/claim/claim.events';
import { DIAGNOSIS_FROM_EHR, NO_DIAGNOSIS_ON_RECORD } from '../errors';

const MAX_DIAGNOSES = 12;

/**
 * A claim's diagnoses (FHIR Claim.diagnosis) from what the clinicians recorded in the EHR: the diagnoses of the
 * claimed charges' encounters (an encounter opened for the appointment or the stay billed, or the EHR encounter
 * itself), else the patient's diagnoses in force on the services' dates. With the EHR enabled, codes are never typed
 * (`DIAGNOSIS_FROM_EHR`); without it, the clerk's codes are used as given.
 */
export async function claimDiagnoses(
  ctx: QueryContext,
  patientId: string,
  charges: readonly { encounterId: string; serviceDate: string }[],
  typed: readonly ClaimDiagnosis[] | undefined,
): Promise<readonly ClaimDiagnosis[]> {
  if (!ctx.isEnabled('ehr')) {
    if (typed === undefined || typed.length === 0)
      throw new InvariantViolation(NO_DIAGNOSIS_ON_RECORD, { patientId }, { message: 'Give the diagnoses.' });
    return typed;
  }
  if (typed !== undefined)
    throw new InvariantViolation(
      DIAGNOSIS_FROM_EHR,
      { patientId },
      { message: "Diagnoses come from the patient's record." },
    );
  const encounters = [...new Set(charges.map((c) => c.encounterId))];
  const dates = charges.map((c) => c.serviceDate).sort();
  const ofEncounters = await ctx.sql.query<{ code: string }>(
    `SELECT d.code FROM billing.ehr_diagnoses d
      WHERE d.patient_id = $1 AND d.encounter_id IN (
            SELECT encounter_id FROM billing.ehr_encounters
             WHERE encounter_id = ANY($2::uuid[]) OR appointment_id = ANY($2::uuid[]) OR stay_id = ANY($2::uuid[]))
      GROUP BY d.code ORDER BY min(d.position)`,
    [patientId, encounters],
  );
  const codes =
    ofEncounters.length > 0
      ? ofEncounters
      : await ctx.sql.query<{ code: string }>(
          `SELECT code FROM billing.ehr_diagnoses
            WHERE patient_id = $1 AND recorded_on <= $3::date AND (resolved_on IS NULL OR resolved_on >= $2::date)
            GROUP BY code ORDER BY min(position)`,
          [patientId, dates[0] ?? null, dates[dates.length - 1] ?? null],
        );
  if (codes.length === 0)
    throw new InvariantViolation(
      NO_DIAGNOSIS_ON_RECORD,
      { patientId },
      { message: "The patient's record has no diagnosis for these services: ask the clinician to record it." },
    );
  return codes.slice(0, MAX_DIAGNOSES).map((row, index) => ({
    sequence: index + 1,
    diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: row.code }] },
  }));
}
