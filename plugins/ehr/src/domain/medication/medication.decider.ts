import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import type { Dosage, PrescribingOverride } from '../../contracts/schemas';
import { ALLERGY_CONFLICT, DUPLICATE_MEDICATION, MEDICATION_NOT_ACTIVE, MEDICATION_NOT_FOUND } from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState, type MedicationEntry } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';
import { conflictingAllergies, duplicateMedications } from './prescribing-checks';

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
    override?: PrescribingOverride;
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
    case 'ehr.PrescribeMedication':
      return prescribe(command, state);
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

/**
 * An allergy to the drug, or a second active order of it (a doubled dose), is refused unless the prescriber has
 * seen that very entry and said why: a blanket override would also cover an allergy recorded after they looked.
 * The event keeps only the conflicts really found, so the chart shows what was overridden.
 */
function prescribe({ data, meta }: PrescribeMedicationCommand, state: ChartState): ChartEvent[] {
  const { patientId, override, ...medication } = data;
  const allergyIds = conflictingAllergies(state, data.medication).map((a) => a.allergyId);
  const medicationIds = duplicateMedications(state, data.medication).map((m) => m.medicationId);
  const unseen = {
    allergyIds: allergyIds.filter((id) => !override?.allergyIds.includes(id)),
    medicationIds: medicationIds.filter((id) => !override?.medicationIds.includes(id)),
  };
  if (unseen.allergyIds.length > 0 || unseen.medicationIds.length > 0) {
    const allergy = unseen.allergyIds.length > 0;
    throw new InvariantViolation(allergy ? ALLERGY_CONFLICT : DUPLICATE_MEDICATION, unseen, {
      message: allergy
        ? 'The patient has an active allergy or intolerance that matches this medication.'
        : 'The patient already has an active prescription of this medication.',
    });
  }
  const overridden =
    override && (allergyIds.length > 0 || medicationIds.length > 0)
      ? { allergyIds, medicationIds, reason: override.reason }
      : undefined;
  return [
    {
      type: 'ehr.MedicationPrescribed',
      data: defined({ ...recorded(patientId, meta), ...medication, override: overridden }),
    },
  ];
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
