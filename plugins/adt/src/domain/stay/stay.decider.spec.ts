import { deciderSpec } from '@hms/sdk/testing';
import { meta } from '../../../test/builders';
import { stayDecider, type StayCommand, type StayEvent } from './stay.decider';

const PATIENT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const STAY = '5a000000-0000-4000-8000-000000000001';
const NEXT_STAY = '5a000000-0000-4000-8000-000000000002';
const WARD = '1a000000-0000-4000-8000-000000000001';
const ICU = '1a000000-0000-4000-8000-000000000002';
const BED = '1b000000-0000-4000-8000-000000000001';
const ICU_BED = '1b000000-0000-4000-8000-000000000002';
const ADMITTED_AT = '2026-03-01T09:00:00.000Z';
const MOVED_AT = '2026-03-02T14:00:00.000Z';
const DISCHARGED_AT = '2026-03-05T11:00:00.000Z';
const REASON = { category: 'emergency' as const, code: 'I21.9', text: 'Chest pain' };
const TRANSFER_REASON = { category: 'step-up' as const };

const REGISTERED_AT = '2026-02-20T08:00:00.000Z';
const BED_ADDED_AT = '2026-01-10T08:00:00.000Z';
type Floor = { patientRegisteredAt?: string; bedAddedAt?: string };
const admit = (options: { stayId?: string; admittedAt?: string; now?: string; floor?: Floor } = {}): StayCommand => ({
  type: 'adt.AdmitPatient',
  data: {
    stayId: options.stayId ?? STAY,
    patientId: PATIENT,
    wardId: WARD,
    bedId: BED,
    reason: REASON,
    admittingPractitionerId: 'practitioner-7',
    ...(options.admittedAt === undefined ? {} : { admittedAt: options.admittedAt }),
    floor: options.floor ?? { patientRegisteredAt: REGISTERED_AT, bedAddedAt: BED_ADDED_AT },
  },
  meta: meta({ now: options.now ?? ADMITTED_AT }),
});
const transfer = (
  options: { toBedId?: string; transferredAt?: string; now?: string; bedAddedAt?: string } = {},
): StayCommand => ({
  type: 'adt.TransferPatient',
  data: {
    patientId: PATIENT,
    toWardId: ICU,
    toBedId: options.toBedId ?? ICU_BED,
    reason: TRANSFER_REASON,
    ...(options.transferredAt === undefined ? {} : { transferredAt: options.transferredAt }),
    floor: { bedAddedAt: options.bedAddedAt ?? BED_ADDED_AT },
  },
  meta: meta({ now: options.now ?? MOVED_AT }),
});
const discharge = (options: { dischargedAt?: string; now?: string } = {}): StayCommand => ({
  type: 'adt.DischargePatient',
  data: {
    patientId: PATIENT,
    disposition: 'home',
    ...(options.dischargedAt === undefined ? {} : { dischargedAt: options.dischargedAt }),
  },
  meta: meta({ now: options.now ?? DISCHARGED_AT }),
});

const admitted = (stayId = STAY, admittedAt = ADMITTED_AT, previousDischargedAt?: string): StayEvent => ({
  type: 'patient.PatientAdmitted',
  data: {
    stayId,
    patientId: PATIENT,
    wardId: WARD,
    bedId: BED,
    reason: REASON,
    admittingPractitionerId: 'practitioner-7',
    admittedAt,
    ...(previousDischargedAt === undefined ? {} : { previousDischargedAt }),
  },
});
const transferred = (transferredAt = MOVED_AT): StayEvent => ({
  type: 'patient.PatientTransferred',
  data: {
    stayId: STAY,
    patientId: PATIENT,
    fromWardId: WARD,
    fromBedId: BED,
    toWardId: ICU,
    toBedId: ICU_BED,
    reason: TRANSFER_REASON,
    transferredAt,
  },
});
const discharged = (wardId = ICU, bedId = ICU_BED, dischargedAt = DISCHARGED_AT): StayEvent => ({
  type: 'patient.PatientDischarged',
  data: { stayId: STAY, patientId: PATIENT, wardId, bedId, disposition: 'home', admittedAt: ADMITTED_AT, dischargedAt },
});

describe('stayDecider', () => {
  describe('AdmitPatient', () => {
    it('opens a stay in the bed at the command time', () =>
      deciderSpec(stayDecider).given([]).when(admit()).then([admitted()]));

    it('records a time entered after the fact', () =>
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-03-01T07:45:00.000Z' }))
        .then([admitted(STAY, '2026-03-01T07:45:00.000Z')]));

    it('accepts a time a little ahead of the server clock (device drift), refuses one further ahead', () => {
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-03-01T09:01:00.000Z' }))
        .then([admitted(STAY, '2026-03-01T09:01:00.000Z')]);
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-03-01T10:00:00.000Z' }))
        .thenRejects('ADT_TIME_IN_FUTURE');
    });

    it('refuses a patient already admitted', () =>
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(admit({ stayId: NEXT_STAY }))
        .thenRejects('PATIENT_ALREADY_ADMITTED'));

    it('readmits after a discharge, naming the previous discharge for readmission reports', () =>
      deciderSpec(stayDecider)
        .given([admitted(), transferred(), discharged()])
        .when(admit({ stayId: NEXT_STAY, now: '2026-03-20T10:00:00.000Z' }))
        .then([admitted(NEXT_STAY, '2026-03-20T10:00:00.000Z', DISCHARGED_AT)]));

    it('refuses a readmission time before the previous discharge', () =>
      deciderSpec(stayDecider)
        .given([admitted(), discharged(WARD, BED)])
        .when(admit({ stayId: NEXT_STAY, admittedAt: '2026-03-04T00:00:00.000Z', now: '2026-03-20T10:00:00.000Z' }))
        .thenRejects('ADT_TIME_OUT_OF_ORDER'));

    it("refuses an admission dated before the patient's registration", () =>
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-02-20T07:59:59.999Z' }))
        .thenRejects('ADT_TIME_BEFORE_REGISTRATION'));

    it('refuses an admission dated before the bed was added, and accepts one at that very moment', () => {
      const floor = { patientRegisteredAt: '2025-01-01T00:00:00.000Z', bedAddedAt: '2026-02-25T10:00:00.000Z' };
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-02-25T09:00:00.000Z', floor }))
        .thenRejects('ADT_TIME_BEFORE_BED_ADDED');
      deciderSpec(stayDecider)
        .given([])
        .when(admit({ admittedAt: '2026-02-25T10:00:00.000Z', floor }))
        .then([{ ...admitted(STAY, '2026-02-25T10:00:00.000Z') }]);
    });
  });

  describe('TransferPatient', () => {
    it('moves the patient from the current bed to the new one', () =>
      deciderSpec(stayDecider).given([admitted()]).when(transfer()).then([transferred()]));

    it('leaves the stay in the new bed since the transfer', () =>
      deciderSpec(stayDecider).given([admitted()]).when(transfer()).thenState({
        status: 'admitted',
        stayId: STAY,
        wardId: ICU,
        bedId: ICU_BED,
        admittedAt: ADMITTED_AT,
        inBedSince: MOVED_AT,
      }));

    it('refuses a patient not admitted, or already discharged', () => {
      deciderSpec(stayDecider).given([]).when(transfer()).thenRejects('PATIENT_NOT_ADMITTED');
      deciderSpec(stayDecider)
        .given([admitted(), discharged(WARD, BED)])
        .when(transfer())
        .thenRejects('PATIENT_NOT_ADMITTED');
    });

    it('refuses the bed the patient is already in', () =>
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(transfer({ toBedId: BED }))
        .thenRejects('SAME_BED'));

    it('refuses a time before the admission, or in the future', () => {
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(transfer({ transferredAt: '2026-03-01T08:00:00.000Z' }))
        .thenRejects('ADT_TIME_OUT_OF_ORDER');
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(transfer({ transferredAt: '2026-03-03T00:00:00.000Z' }))
        .thenRejects('ADT_TIME_IN_FUTURE');
    });

    it('refuses a transfer dated before the bed moved into was added', () =>
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(transfer({ transferredAt: '2026-03-01T12:00:00.000Z', bedAddedAt: '2026-03-01T13:00:00.000Z' }))
        .thenRejects('ADT_TIME_BEFORE_BED_ADDED'));
  });

  describe('DischargePatient', () => {
    it('ends the stay from the current bed, with the admission time for length of stay', () =>
      deciderSpec(stayDecider).given([admitted(), transferred()]).when(discharge()).then([discharged()]));

    it('records a discharge note and a time entered after the fact', () =>
      deciderSpec(stayDecider)
        .given([admitted()])
        .when({
          type: 'adt.DischargePatient',
          data: {
            patientId: PATIENT,
            disposition: 'deceased',
            note: 'Family informed',
            dischargedAt: '2026-03-04T23:10:00.000Z',
          },
          meta: meta({ now: DISCHARGED_AT }),
        })
        .then([
          {
            type: 'patient.PatientDischarged',
            data: {
              stayId: STAY,
              patientId: PATIENT,
              wardId: WARD,
              bedId: BED,
              disposition: 'deceased',
              note: 'Family informed',
              admittedAt: ADMITTED_AT,
              dischargedAt: '2026-03-04T23:10:00.000Z',
            },
          },
        ]));

    it('refuses a time before the last transfer', () =>
      deciderSpec(stayDecider)
        .given([admitted(), transferred()])
        .when(discharge({ dischargedAt: '2026-03-02T13:00:00.000Z' }))
        .thenRejects('ADT_TIME_OUT_OF_ORDER'));

    it('refuses a patient not admitted', () =>
      deciderSpec(stayDecider).given([]).when(discharge()).thenRejects('PATIENT_NOT_ADMITTED'));

    it('leaves the patient not admitted, remembering the discharge', () =>
      deciderSpec(stayDecider)
        .given([admitted()])
        .when(discharge())
        .thenState({ status: 'not-admitted', lastDischargedAt: DISCHARGED_AT }));
  });
});
