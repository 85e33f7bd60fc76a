import type { AdministrationEntry, AdministrationOutcome } from '../contracts/administration';

export interface AdministrationRow {
  administration_id: string;
  medication_id: string;
  encounter_id: string;
  outcome: AdministrationOutcome;
  administered_at: Date;
  dose: string | null;
  reason: string | null;
  recorded_at: Date;
  recorded_by: string;
}

export const administrationFromRow = (row: AdministrationRow): AdministrationEntry => ({
  administrationId: row.administration_id,
  medicationId: row.medication_id,
  encounterId: row.encounter_id,
  outcome: row.outcome,
  administeredAt: row.administered_at.toISOString(),
  dose: row.dose,
  reason: row.reason,
  recordedAt: row.recorded_at.toISOString(),
  recordedBy: row.recorded_by,
});
