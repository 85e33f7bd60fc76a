import { deciderSpec } from '@hms/sdk/testing';
import {
  ACTOR,
  DISPENSE,
  ITEM,
  meta,
  NOW,
  PATIENT,
  PHARMACY,
  PRESCRIPTION,
  RETURN,
  SECOND_DISPENSE,
} from '../../../test/builders';
import { dispensationDecider, type DispensationCommand, type DispensationEvent } from './dispensation.decider';
import type { PrescriptionFacts } from './dispensation.state';

const prescription = (facts: Partial<PrescriptionFacts> = {}): PrescriptionFacts => ({
  prescriptionId: PRESCRIPTION,
  patientId: PATIENT,
  prescribed: 21,
  status: 'active',
  ...facts,
});
// Two lots, as the stock issued them: earliest expiry first.
const TWO_LOTS = [
  { lot: 'B2', expiresOn: '2026-04-30', quantity: 6 },
  { lot: 'C3', expiresOn: '2027-01-31', quantity: 8 },
];
const dispense = (quantity: number, lots = TWO_LOTS, facts: Partial<PrescriptionFacts> = {}): DispensationCommand => ({
  type: 'inventory.DispensePrescription',
  meta: meta(),
  data: { prescription: prescription(facts), dispenseId: DISPENSE, itemId: ITEM, locationId: PHARMACY, quantity, lots },
});
const dispensed = (quantity: number, lots = TWO_LOTS, dispenseId = DISPENSE): DispensationEvent => ({
  type: 'inventory.MedicationDispensed',
  data: {
    at: NOW,
    by: ACTOR,
    prescriptionId: PRESCRIPTION,
    patientId: PATIENT,
    dispenseId,
    itemId: ITEM,
    locationId: PHARMACY,
    quantity,
    lots,
  },
});
const giveBack = (quantity: number, dispenseId = DISPENSE): DispensationCommand => ({
  type: 'inventory.ReturnDispensedMedication',
  meta: meta(),
  data: { prescriptionId: PRESCRIPTION, dispenseId, returnId: RETURN, quantity, reason: 'Discharged early' },
});
const returned = (
  quantity: number,
  lots: { lot: string; expiresOn: string; quantity: number }[],
): DispensationEvent => ({
  type: 'inventory.DispensedMedicationReturned',
  data: {
    at: NOW,
    by: ACTOR,
    prescriptionId: PRESCRIPTION,
    patientId: PATIENT,
    dispenseId: DISPENSE,
    itemId: ITEM,
    locationId: PHARMACY,
    quantity,
    lots,
    returnId: RETURN,
    reason: 'Discharged early',
  },
});

describe('dispensation decider', () => {
  it('dispenses part of a prescription from two lots, recording who dispensed what to whom', () =>
    deciderSpec(dispensationDecider)
      .given([])
      .when(dispense(14))
      .then([dispensed(14)]));

  it('dispenses the rest of a prescription, up to the prescribed quantity', () =>
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(dispense(7, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 7 }]))
      .then([dispensed(7, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 7 }])]));

  it('refuses to dispense more than the prescription leaves to supply', () =>
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(dispense(8, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 8 }]))
      .thenRejects('DISPENSE_EXCEEDS_PRESCRIPTION'));

  it('dispenses without a ceiling when the prescription states no quantity', () =>
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(dispense(14, TWO_LOTS, { prescribed: null }))
      .then([dispensed(14)]));

  it('refuses to dispense a stopped prescription', () =>
    deciderSpec(dispensationDecider)
      .given([])
      .when(dispense(1, TWO_LOTS, { status: 'stopped' }))
      .thenRejects('PRESCRIPTION_STOPPED'));

  it('takes a return back from the latest-expiring lot of the dispense first', () =>
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(giveBack(10))
      .then([
        returned(10, [
          { lot: 'C3', expiresOn: '2027-01-31', quantity: 8 },
          { lot: 'B2', expiresOn: '2026-04-30', quantity: 2 },
        ]),
      ]));

  it('counts returned units as supplied no more: they may be dispensed again', () =>
    deciderSpec(dispensationDecider)
      .given([dispensed(14), returned(4, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 4 }])])
      .when(dispense(11, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 11 }]))
      .then([dispensed(11, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 11 }])]));

  it('refuses to take back more than the dispense left with the patient, counting earlier returns', () => {
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(giveBack(15))
      .thenRejects('RETURN_EXCEEDS_DISPENSED');
    deciderSpec(dispensationDecider)
      .given([dispensed(14), returned(10, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 10 }])])
      .when(giveBack(5))
      .thenRejects('RETURN_EXCEEDS_DISPENSED');
  });

  it('refuses a return of a dispense it does not know', () => {
    deciderSpec(dispensationDecider).given([]).when(giveBack(1)).thenRejects('DISPENSE_NOT_FOUND');
    deciderSpec(dispensationDecider)
      .given([dispensed(14)])
      .when(giveBack(1, SECOND_DISPENSE))
      .thenRejects('DISPENSE_NOT_FOUND');
  });

  it('keeps what is still out per dispense and in all', () =>
    deciderSpec(dispensationDecider)
      .given([
        dispensed(14),
        dispensed(3, [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 3 }], SECOND_DISPENSE),
        returned(10, [
          { lot: 'C3', expiresOn: '2027-01-31', quantity: 8 },
          { lot: 'B2', expiresOn: '2026-04-30', quantity: 2 },
        ]),
      ])
      .when(giveBack(1))
      .thenState({
        status: 'dispensing',
        patientId: PATIENT,
        out: 6,
        dispenses: {
          [DISPENSE]: {
            itemId: ITEM,
            locationId: PHARMACY,
            lots: [{ lot: 'B2', expiresOn: '2026-04-30', quantity: 3 }],
            out: 3,
          },
          [SECOND_DISPENSE]: {
            itemId: ITEM,
            locationId: PHARMACY,
            lots: [{ lot: 'C3', expiresOn: '2027-01-31', quantity: 3 }],
            out: 3,
          },
        },
      }));
});
