import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { AdmissionReason, TransferReason } from '../../contracts/commands';
import type { Disposition } from '../../contracts/schemas';
import type { PatientAdmitted, PatientDischarged, PatientTransferred } from '../../contracts/events';
import { PATIENT_ALREADY_ADMITTED, PATIENT_NOT_ADMITTED, SAME_BED } from '../../errors';
import { movementTime, requireAfterFloor, type MovementFloor } from './movement-time';

/** Admission as the decider sees it: the handler has made the stay id and checked the patient, ward and bed. */
export type AdmitCommand = Command<
  'adt.AdmitPatient',
  {
    stayId: string;
    patientId: string;
    wardId: string;
    bedId: string;
    reason: AdmissionReason;
    admittingPractitionerId?: string;
    admittedAt?: string;
    /** When the patient was registered and the bed added (the handler reads them): no admission before them. */
    floor: MovementFloor;
  }
>;
export type TransferCommand = Command<
  'adt.TransferPatient',
  {
    patientId: string;
    toWardId: string;
    toBedId: string;
    reason: TransferReason;
    transferredAt?: string;
    /** When the bed moved into was added: the transfer cannot precede it. */
    floor: MovementFloor;
  }
>;
export type DischargeCommand = Command<
  'adt.DischargePatient',
  { patientId: string; disposition: Disposition; note?: string; dischargedAt?: string }
>;
export type StayCommand = AdmitCommand | TransferCommand | DischargeCommand;

export type PatientAdmittedEvent = DomainEvent<'patient.PatientAdmitted', DataOf<typeof PatientAdmitted>>;
export type PatientTransferredEvent = DomainEvent<'patient.PatientTransferred', DataOf<typeof PatientTransferred>>;
export type PatientDischargedEvent = DomainEvent<'patient.PatientDischarged', DataOf<typeof PatientDischarged>>;
export type StayEvent = PatientAdmittedEvent | PatientTransferredEvent | PatientDischargedEvent;

/** A patient's stays, one at a time: between stays, the end of the last one (for readmission and time order). */
export type StayState =
  | { readonly status: 'not-admitted'; readonly lastDischargedAt?: string }
  | {
      readonly status: 'admitted';
      readonly stayId: string;
      readonly wardId: string;
      readonly bedId: string;
      readonly admittedAt: string;
      /** When the patient came into the current bed (admission or last transfer). */
      readonly inBedSince: string;
    };

export const initialState = (): StayState => ({ status: 'not-admitted' });

export function decide(command: StayCommand, state: StayState): StayEvent[] {
  switch (command.type) {
    case 'adt.AdmitPatient':
      return admit(command, state);
    case 'adt.TransferPatient':
      return transfer(command, state);
    case 'adt.DischargePatient':
      return discharge(command, state);
    default:
      return assertNever(command);
  }
}

function admit({ data, meta }: AdmitCommand, state: StayState): StayEvent[] {
  const { stayId, patientId, wardId, bedId, reason, admittingPractitionerId } = data;
  if (state.status === 'admitted') {
    throw new InvariantViolation(
      PATIENT_ALREADY_ADMITTED,
      { patientId, stayId: state.stayId },
      {
        message: 'This patient is already admitted and in a bed. Transfer the patient instead.',
      },
    );
  }
  const admittedAt = movementTime(data.admittedAt, meta.now, state.lastDischargedAt, patientId);
  requireAfterFloor(admittedAt, data.floor, { patientId, bedId });
  const admitted: PatientAdmittedEvent = {
    type: 'patient.PatientAdmitted',
    data: {
      stayId,
      patientId,
      wardId,
      bedId,
      reason,
      ...(admittingPractitionerId === undefined ? {} : { admittingPractitionerId }),
      admittedAt,
      ...(state.lastDischargedAt === undefined ? {} : { previousDischargedAt: state.lastDischargedAt }),
    },
  };
  return [admitted];
}

function transfer({ data, meta }: TransferCommand, state: StayState): StayEvent[] {
  const { patientId, toWardId, toBedId, reason } = data;
  if (state.status !== 'admitted') throw notAdmitted(patientId);
  if (state.bedId === toBedId) {
    throw new InvariantViolation(
      SAME_BED,
      { patientId, bedId: toBedId },
      {
        message: 'The patient is already in this bed.',
      },
    );
  }
  const transferredAt = movementTime(data.transferredAt, meta.now, state.inBedSince, patientId);
  requireAfterFloor(transferredAt, data.floor, { patientId, bedId: toBedId });
  const { stayId, wardId: fromWardId, bedId: fromBedId } = state;
  return [
    {
      type: 'patient.PatientTransferred',
      data: { stayId, patientId, fromWardId, fromBedId, toWardId, toBedId, reason, transferredAt },
    },
  ];
}

function discharge({ data, meta }: DischargeCommand, state: StayState): StayEvent[] {
  const { patientId, disposition, note } = data;
  if (state.status !== 'admitted') throw notAdmitted(patientId);
  const dischargedAt = movementTime(data.dischargedAt, meta.now, state.inBedSince, patientId);
  const { stayId, wardId, bedId, admittedAt } = state;
  return [
    {
      type: 'patient.PatientDischarged',
      data: {
        stayId,
        patientId,
        wardId,
        bedId,
        disposition,
        ...(note === undefined ? {} : { note }),
        admittedAt,
        dischargedAt,
      },
    },
  ];
}

function notAdmitted(patientId: string): InvariantViolation {
  return new InvariantViolation(
    PATIENT_NOT_ADMITTED,
    { patientId },
    {
      message: 'This patient is not admitted. Admit the patient first.',
    },
  );
}

export function evolve(state: StayState, event: StayEvent): StayState {
  switch (event.type) {
    case 'patient.PatientAdmitted': {
      const { stayId, wardId, bedId, admittedAt } = event.data;
      return { status: 'admitted', stayId, wardId, bedId, admittedAt, inBedSince: admittedAt };
    }
    case 'patient.PatientTransferred':
      if (state.status !== 'admitted') return state;
      return {
        ...state,
        wardId: event.data.toWardId,
        bedId: event.data.toBedId,
        inBedSince: event.data.transferredAt,
      };
    case 'patient.PatientDischarged':
      return { status: 'not-admitted', lastDischargedAt: event.data.dischargedAt };
    default:
      return state;
  }
}

export const stayDecider: Decider<StayState, StayCommand, StayEvent> = { decide, evolve, initialState };
