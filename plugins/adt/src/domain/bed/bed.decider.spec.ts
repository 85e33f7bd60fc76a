import { deciderSpec } from '@hms/sdk/testing';
import { meta } from '../../../test/builders';
import { bedDecider, type BedCommand, type BedEvent, type OccupyBedCommand } from './bed.decider';

const WARD = '1a000000-0000-4000-8000-000000000001';
const BED = '1b000000-0000-4000-8000-000000000001';
const PATIENT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER_PATIENT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4c';
const STAY = '5a000000-0000-4000-8000-000000000001';
const OTHER_STAY = '5a000000-0000-4000-8000-000000000002';
const AT = '2026-03-01T08:30:00.000Z';
const NOW = '2026-03-01T09:00:00.000Z';
const ref = { bedId: BED, wardId: WARD };
const m = meta({ now: NOW });

const occupy = (patientId = PATIENT, stayId = STAY): OccupyBedCommand => ({
  type: 'adt.OccupyBed',
  data: { ...ref, patientId, stayId, at: AT },
  meta: m,
});
const vacate = (stayId = STAY): BedCommand => ({
  type: 'adt.VacateBed',
  data: { ...ref, patientId: PATIENT, stayId, at: NOW, because: 'discharge' },
  meta: m,
});
const outOfService = (reason: 'cleaning' | 'maintenance' = 'cleaning'): BedCommand => ({
  type: 'adt.TakeBedOutOfService',
  data: { ...ref, reason },
  meta: m,
});
const backInService: BedCommand = { type: 'adt.ReturnBedToService', data: ref, meta: m };
const decommission: BedCommand = { type: 'adt.DecommissionBed', data: ref, meta: m };

const occupied = (patientId = PATIENT, stayId = STAY): BedEvent => ({
  type: 'patient.BedOccupied',
  data: { ...ref, patientId, stayId, occupiedAt: AT },
});
const vacated = (): BedEvent => ({
  type: 'patient.BedVacated',
  data: { ...ref, patientId: PATIENT, stayId: STAY, vacatedAt: NOW, because: 'discharge' },
});
const tookOut = (reason: 'cleaning' | 'maintenance' = 'cleaning'): BedEvent => ({
  type: 'patient.BedTakenOutOfService',
  data: { ...ref, reason, at: NOW },
});
const returned: BedEvent = { type: 'patient.BedReturnedToService', data: { ...ref, at: NOW } };
const decommissioned: BedEvent = { type: 'patient.BedDecommissioned', data: { ...ref, decommissionedAt: NOW } };

describe('bedDecider', () => {
  describe('OccupyBed', () => {
    it('puts the patient in a vacant bed', () => deciderSpec(bedDecider).given([]).when(occupy()).then([occupied()]));

    it('takes a bed freed by a discharge', () => {
      const next = occupy(OTHER_PATIENT, OTHER_STAY);
      const taken = occupied(OTHER_PATIENT, OTHER_STAY);
      deciderSpec(bedDecider)
        .given([occupied(), vacated()])
        .when({ ...next, data: { ...next.data, at: NOW } })
        .then([{ ...taken, data: { ...taken.data, occupiedAt: NOW } }]);
    });

    it('refuses a bed with a patient in it', () =>
      deciderSpec(bedDecider).given([occupied()]).when(occupy(OTHER_PATIENT, OTHER_STAY)).thenRejects('BED_OCCUPIED'));

    it('refuses a bed out of service', () =>
      deciderSpec(bedDecider).given([tookOut()]).when(occupy()).thenRejects('BED_OUT_OF_SERVICE'));

    it('refuses a removed bed', () =>
      deciderSpec(bedDecider).given([decommissioned]).when(occupy()).thenRejects('BED_NOT_FOUND'));

    it('remembers who is in the bed and since when', () =>
      deciderSpec(bedDecider)
        .given([])
        .when(occupy())
        .thenState({ status: 'occupied', patientId: PATIENT, stayId: STAY, since: AT }));
  });

  describe('OccupyBed at a time entered after the fact', () => {
    const occupyAt = (at: string): BedCommand => {
      const command = occupy(OTHER_PATIENT, OTHER_STAY);
      return { ...command, data: { ...command.data, at } };
    };

    it('refuses a time before the last patient left, or before the bed came back into service', () => {
      deciderSpec(bedDecider)
        .given([occupied(), vacated()])
        .when(occupyAt(AT))
        .thenRejects('BED_NOT_FREE_AT_THAT_TIME');
      deciderSpec(bedDecider).given([tookOut(), returned]).when(occupyAt(AT)).thenRejects('BED_NOT_FREE_AT_THAT_TIME');
    });

    it('accepts the moment the bed became free, and later', () =>
      deciderSpec(bedDecider)
        .given([occupied(), vacated()])
        .when(occupyAt(NOW))
        .then([
          {
            type: 'patient.BedOccupied',
            data: { ...ref, patientId: OTHER_PATIENT, stayId: OTHER_STAY, occupiedAt: NOW },
          },
        ]));
  });

  describe('VacateBed', () => {
    it('frees the bed of the stay that holds it', () =>
      deciderSpec(bedDecider).given([occupied()]).when(vacate()).then([vacated()]));

    it('refuses when another stay, or nobody, holds the bed', () => {
      deciderSpec(bedDecider).given([occupied()]).when(vacate(OTHER_STAY)).thenRejects('BED_NOT_HELD_BY_STAY');
      deciderSpec(bedDecider).given([]).when(vacate()).thenRejects('BED_NOT_HELD_BY_STAY');
    });
  });

  describe('TakeBedOutOfService', () => {
    it('closes an empty bed with a reason', () =>
      deciderSpec(bedDecider).given([]).when(outOfService()).then([tookOut()]));

    it('records a new reason, and nothing for the same one', () => {
      deciderSpec(bedDecider)
        .given([tookOut()])
        .when(outOfService('maintenance'))
        .then([tookOut('maintenance')]);
      deciderSpec(bedDecider).given([tookOut()]).when(outOfService()).then([]);
    });

    it('refuses a bed with a patient in it, or a removed bed', () => {
      deciderSpec(bedDecider).given([occupied()]).when(outOfService()).thenRejects('BED_OCCUPIED');
      deciderSpec(bedDecider).given([decommissioned]).when(outOfService()).thenRejects('BED_NOT_FOUND');
    });
  });

  describe('ReturnBedToService', () => {
    it('reopens a bed out of service', () =>
      deciderSpec(bedDecider).given([tookOut()]).when(backInService).then([returned]));

    it('changes nothing for a bed in service', () => {
      deciderSpec(bedDecider).given([]).when(backInService).then([]);
      deciderSpec(bedDecider).given([occupied()]).when(backInService).then([]);
    });

    it('refuses a removed bed', () =>
      deciderSpec(bedDecider).given([decommissioned]).when(backInService).thenRejects('BED_NOT_FOUND'));
  });

  describe('DecommissionBed', () => {
    it('closes an empty bed for good, in or out of service', () => {
      deciderSpec(bedDecider).given([]).when(decommission).then([decommissioned]);
      deciderSpec(bedDecider).given([tookOut()]).when(decommission).then([decommissioned]);
    });

    it('refuses a bed with a patient in it, or one already removed', () => {
      deciderSpec(bedDecider).given([occupied()]).when(decommission).thenRejects('BED_OCCUPIED');
      deciderSpec(bedDecider).given([decommissioned]).when(decommission).thenRejects('BED_NOT_FOUND');
    });
  });
});
