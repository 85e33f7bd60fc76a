import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import type { AdministrationOutcome } from '../../contracts/administration';
import {
  ADMINISTRATION_BEFORE_PRESCRIPTION,
  ADMINISTRATION_IN_FUTURE,
  MEDICATION_NOT_ACTIVE,
  MEDICATION_NOT_FOUND,
  NOT_AN_INPATIENT,
} from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { chartFold } from '../chart/chart.fold';
import type { ChartState } from '../chart/chart.state';

/**
 * A dose recorded on the ward. The handler finds the patient's open inpatient stay (`encounterId`, null when there
 * is none) and gives the new id; the decider checks the rest against the chart.
 */
export type RecordAdministrationCommand = Command<
  'ehr.RecordAdministration',
  {
    patientId: string;
    administrationId: string;
    medicationId: string;
    encounterId: string | null;
    outcome: AdministrationOutcome;
    administeredAt?: string;
    dose?: string;
    reason?: string;
  }
>;
export type AdministrationCommand = RecordAdministrationCommand;

/** A clock on a ward trolley may run a little ahead of the server's; more than this is a typing error. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

export function decide(command: AdministrationCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.RecordAdministration':
      return recordAdministration(command, state);
    default:
      return assertNever(command.type);
  }
}

function recordAdministration({ data, meta }: RecordAdministrationCommand, state: ChartState): ChartEvent[] {
  const { patientId, administrationId, medicationId, encounterId, outcome, dose, reason } = data;
  // The MAR is the ward's record of a stay: outpatients take their medicines at home.
  if (encounterId === null)
    throw new InvariantViolation(
      NOT_AN_INPATIENT,
      { patientId },
      { message: 'Doses are recorded during an inpatient stay; this patient has no open stay.' },
    );
  const medication = entryOf(state, 'medications', medicationId, MEDICATION_NOT_FOUND, patientId);
  if (medication.status !== 'active')
    throw new InvariantViolation(
      MEDICATION_NOT_ACTIVE,
      { medicationId },
      { message: 'This medication was stopped; no more doses are recorded against it.' },
    );
  const administeredAt = new Date(data.administeredAt ?? meta.now).toISOString();
  if (Date.parse(administeredAt) > Date.parse(meta.now) + CLOCK_TOLERANCE_MS)
    throw new InvariantViolation(
      ADMINISTRATION_IN_FUTURE,
      { administeredAt },
      { message: 'A dose cannot be recorded for a time still to come.' },
    );
  if (administeredAt < medication.prescribedAt)
    throw new InvariantViolation(
      ADMINISTRATION_BEFORE_PRESCRIPTION,
      { medicationId, prescribedAt: medication.prescribedAt },
      { message: 'This time is before the medication was prescribed.' },
    );
  return [
    {
      type: 'ehr.MedicationAdministrationRecorded',
      data: defined({
        ...recorded(patientId, meta),
        administrationId,
        medicationId,
        encounterId,
        outcome,
        administeredAt,
        dose,
        reason,
      }),
    },
  ];
}

export const administrationDecider: Decider<ChartState, AdministrationCommand, ChartEvent> = {
  decide,
  ...chartFold,
};
