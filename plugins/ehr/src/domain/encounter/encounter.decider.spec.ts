import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ENCOUNTER, meta, NOW, PATIENT, uuid } from '../../../test/builders';
import { encounterDecider, type EncounterCommand, type EncounterEvent } from './encounter.decider';

const STAY = uuid(9);
const openStay: EncounterCommand = {
  type: 'ehr.OpenEncounter',
  meta: meta(),
  data: { encounterId: ENCOUNTER, patientId: PATIENT, class: 'inpatient', stayId: STAY },
};
const opened: EncounterEvent = {
  type: 'ehr.EncounterOpened',
  data: {
    encounterId: ENCOUNTER,
    patientId: PATIENT,
    class: 'inpatient',
    stayId: STAY,
    openedAt: NOW,
    openedBy: ACTOR,
  },
};
const close: EncounterCommand = {
  type: 'ehr.CloseEncounter',
  meta: meta('2026-03-04T10:00:00.000Z'),
  data: { encounterId: ENCOUNTER, because: 'discharged' },
};
const closed: EncounterEvent = {
  type: 'ehr.EncounterClosed',
  data: {
    encounterId: ENCOUNTER,
    patientId: PATIENT,
    closedAt: '2026-03-04T10:00:00.000Z',
    closedBy: ACTOR,
    because: 'discharged',
  },
};

describe('encounter decider', () => {
  it('opens an inpatient stay for an admission, and an outpatient visit on its own', () => {
    deciderSpec(encounterDecider).given([]).when(openStay).then([opened]);
    deciderSpec(encounterDecider)
      .given([])
      .when({
        type: 'ehr.OpenEncounter',
        meta: meta(),
        data: { encounterId: ENCOUNTER, patientId: PATIENT, class: 'outpatient' },
      })
      .then([
        {
          type: 'ehr.EncounterOpened',
          data: { encounterId: ENCOUNTER, patientId: PATIENT, class: 'outpatient', openedAt: NOW, openedBy: ACTOR },
        },
      ]);
  });

  it('closes an open encounter and goes to the closed state', () => {
    deciderSpec(encounterDecider).given([opened]).when(close).then([closed]);
    deciderSpec(encounterDecider).given([opened]).when(close).thenState({
      status: 'closed',
      encounterId: ENCOUNTER,
      patientId: PATIENT,
      class: 'inpatient',
      stayId: STAY,
      openedAt: NOW,
      closedAt: '2026-03-04T10:00:00.000Z',
      because: 'discharged',
    });
  });

  it('refuses to open twice, to close twice, or to close what was never opened', () => {
    deciderSpec(encounterDecider).given([opened]).when(openStay).thenRejects('ENCOUNTER_ALREADY_OPEN');
    deciderSpec(encounterDecider).given([opened, closed]).when(close).thenRejects('ENCOUNTER_CLOSED');
    deciderSpec(encounterDecider).given([]).when(close).thenRejects('ENCOUNTER_NOT_FOUND');
  });
});
