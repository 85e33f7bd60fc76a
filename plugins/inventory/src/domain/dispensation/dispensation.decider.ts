import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { DispensedMedicationReturned, MedicationDispensed } from '../../contracts/dispensing-events';
import type { LotQuantity } from '../../contracts/schemas';
import {
  DISPENSE_EXCEEDS_PRESCRIPTION,
  DISPENSE_NOT_FOUND,
  PRESCRIPTION_STOPPED,
  RETURN_EXCEEDS_DISPENSED,
} from '../../errors';
import {
  initialDispensation,
  lotsAfterReturn,
  lotsToReturn,
  type DispensationState,
  type PrescriptionFacts,
} from './dispensation.state';

export type DispensationEvent =
  | { type: 'inventory.MedicationDispensed'; data: DataOf<typeof MedicationDispensed> }
  | { type: 'inventory.DispensedMedicationReturned'; data: DataOf<typeof DispensedMedicationReturned> };

/** A dispense: the stock decided the lots (earliest expiry first) in the same transaction; this checks the order. */
export type DispensePrescriptionCommand = Command<
  'inventory.DispensePrescription',
  {
    prescription: PrescriptionFacts;
    dispenseId: string;
    itemId: string;
    locationId: string;
    quantity: number;
    lots: readonly LotQuantity[];
  }
>;
export type ReturnDispensedMedicationCommand = Command<
  'inventory.ReturnDispensedMedication',
  { prescriptionId: string; dispenseId: string; returnId: string; quantity: number; reason: string }
>;
export type DispensationCommand = DispensePrescriptionCommand | ReturnDispensedMedicationCommand;

export function decide(command: DispensationCommand, state: DispensationState): DispensationEvent[] {
  switch (command.type) {
    case 'inventory.DispensePrescription':
      return dispense(command, state);
    case 'inventory.ReturnDispensedMedication':
      return returnMedication(command, state);
    default:
      return assertNever(command);
  }
}

function dispense({ data, meta }: DispensePrescriptionCommand, state: DispensationState): DispensationEvent[] {
  const { prescription, dispenseId, itemId, locationId, quantity } = data;
  const { prescriptionId, patientId, prescribed } = prescription;
  if (prescription.status === 'stopped')
    throw new InvariantViolation(
      PRESCRIPTION_STOPPED,
      { prescriptionId },
      { message: 'This prescription was stopped; it is no longer dispensed.' },
    );
  const out = state.status === 'none' ? 0 : state.out;
  // The prescribed quantity is the ceiling of what is with the patient: units returned may be dispensed again.
  if (prescribed !== null && out + quantity > prescribed) {
    const left = Math.max(prescribed - out, 0);
    throw new InvariantViolation(
      DISPENSE_EXCEEDS_PRESCRIPTION,
      { prescriptionId, prescribed, dispensed: out, requested: quantity },
      {
        message: `${quantity} is more than the prescription allows: ${prescribed} prescribed, ${out} already dispensed, so at most ${left} more.`,
      },
    );
  }
  const lots = data.lots.map((l) => ({ ...l }));
  const facts = { prescriptionId, patientId, dispenseId, itemId, locationId, quantity, lots };
  return [{ type: 'inventory.MedicationDispensed', data: { at: meta.now, by: meta.actorId, ...facts } }];
}

function returnMedication(
  { data, meta }: ReturnDispensedMedicationCommand,
  state: DispensationState,
): DispensationEvent[] {
  const { prescriptionId, dispenseId, returnId, quantity, reason } = data;
  const dispensed = state.status === 'none' ? undefined : state.dispenses[dispenseId];
  if (state.status === 'none' || !dispensed)
    throw new NotFoundError(DISPENSE_NOT_FOUND, { prescriptionId, dispenseId });
  if (quantity > dispensed.out)
    throw new InvariantViolation(
      RETURN_EXCEEDS_DISPENSED,
      { prescriptionId, dispenseId, out: dispensed.out, requested: quantity },
      {
        message: `Only ${dispensed.out} of this dispense ${dispensed.out === 1 ? 'is' : 'are'} still with the patient; ${quantity} cannot come back.`,
      },
    );
  const { itemId, locationId } = dispensed;
  const lots = lotsToReturn(dispensed, quantity);
  const facts = { prescriptionId, patientId: state.patientId, dispenseId, itemId, locationId, quantity, lots };
  return [
    {
      type: 'inventory.DispensedMedicationReturned',
      data: { at: meta.now, by: meta.actorId, ...facts, returnId, reason },
    },
  ];
}

export function evolve(state: DispensationState, event: DispensationEvent): DispensationState {
  switch (event.type) {
    case 'inventory.MedicationDispensed': {
      const { patientId, dispenseId, itemId, locationId, quantity, lots } = event.data;
      const before = state.status === 'none' ? { out: 0, dispenses: {} } : state;
      const balance = { itemId, locationId, lots, out: quantity };
      return {
        status: 'dispensing',
        patientId,
        out: before.out + quantity,
        dispenses: { ...before.dispenses, [dispenseId]: balance },
      };
    }
    case 'inventory.DispensedMedicationReturned': {
      const dispensed = state.status === 'none' ? undefined : state.dispenses[event.data.dispenseId];
      if (state.status === 'none' || !dispensed) return state;
      const { quantity, lots } = event.data;
      const balance = { ...dispensed, lots: lotsAfterReturn(dispensed.lots, lots), out: dispensed.out - quantity };
      return {
        ...state,
        out: state.out - quantity,
        dispenses: { ...state.dispenses, [event.data.dispenseId]: balance },
      };
    }
    default:
      return assertNever(event);
  }
}

export const dispensationDecider: Decider<DispensationState, DispensationCommand, DispensationEvent> = {
  initialState: initialDispensation,
  decide,
  evolve,
};
