import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import type { Dosage } from '../../contracts/schemas';
import { MEDICATION_NOT_ACTIVE, MEDICATION_NOT_FOUND } from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState, type MedicationEntry } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';

export type PrescribeMedicationCommand = Command<
  'ehr.PrescribeMedication',
  {
    medicationId: string;
    patientId: string;
    medication: string;
    dosage: Dosage;
    quantity?: number;
    reason?: string;
    encounterId?: string;
  }
>;
export type ChangeMedicationCommand = Command<
  'ehr.ChangeMedication',
  { patientId: string; medicationId: string; dosage: Dosage; reason: string }
>;
export type StopMedicationCommand = Command<
  'ehr.StopMedication',
  { patientId: string; medicationId: string; reason: string }
>;
export type MedicationCommand = PrescribeMedicationCommand | ChangeMedicationCommand | StopMedicationCommand;

export function decide(command: MedicationCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.PrescribeMedication': {
      const { patientId, ...medication } = command.data;
      return [
        { type: 'ehr.MedicationPrescribed', data: defined({ ...recorded(patientId, command.meta), ...medication }) },
      ];
    }
    case 'ehr.ChangeMedication': {
      const { patientId, medicationId, dosage, reason } = command.data;
      activeMedication(state, patientId, medicationId);
      return [
        { type: 'ehr.MedicationChanged', data: { ...recorded(patientId, command.meta), medicationId, dosage, reason } },
      ];
    }
    case 'ehr.StopMedication': {
      const { patientId, medicationId, reason } = command.data;
      activeMedication(state, patientId, medicationId);
      return [{ type: 'ehr.MedicationStopped', data: { ...recorded(patientId, command.meta), medicationId, reason } }];
    }
    default:
      return assertNever(command);
  }
}

/** A stopped medication is history: a new course is a new prescription. */
function activeMedication(state: ChartState, patientId: string, medicationId: string): MedicationEntry {
  const medication = entryOf(state, 'medications', medicationId, MEDICATION_NOT_FOUND, patientId);
  if (medication.status !== 'active') {
    throw new InvariantViolation(
      MEDICATION_NOT_ACTIVE,
      { medicationId },
      { message: 'This medication was stopped; prescribe it again instead.' },
    );
  }
  return medication;
}

export const medicationDecider: Decider<ChartState, MedicationCommand, ChartEvent> = { decide, ...chartFold };
