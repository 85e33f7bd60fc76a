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

  it("opens at the visit's or stay's own start when it was earlier, and closes at its own end", () => {
    const admittedAt = '2026-03-01T02:15:00.000Z'; // in the night, before the desk recorded it (NOW)
    const dischargedAt = '2026-03-04T09:30:00.000Z';
    deciderSpec(encounterDecider)
      .given([])
      .when({ ...openStay, data: { ...openStay.data, startedAt: admittedAt } })
      .then([{ ...opened, data: { ...opened.data, openedAt: admittedAt } }]);
    deciderSpec(encounterDecider)
      .given([{ ...opened, data: { ...opened.data, openedAt: admittedAt } }])
      .when({ ...close, data: { ...close.data, endedAt: dischargedAt } })
      .then([{ ...closed, data: { ...closed.data, closedAt: dischargedAt } }]);
  });

  it('refuses a start in the future and an end before the start', () => {
    deciderSpec(encounterDecider)
      .given([])
      .when({ ...openStay, data: { ...openStay.data, startedAt: '2099-01-01T00:00:00.000Z' } })
      .thenRejects('ENCOUNTER_TIME_OUT_OF_ORDER');
    deciderSpec(encounterDecider)
      .given([opened])
      .when({ ...close, data: { ...close.data, endedAt: '2000-01-01T00:00:00.000Z' } })
      .thenRejects('ENCOUNTER_TIME_OUT_OF_ORDER');
  });

  describe('care team', () => {
    const CONSULTANT = 'practitioner-7';
    const add = (role: 'consulting' | 'attending' = 'consulting'): EncounterCommand => ({
      type: 'ehr.AddCareTeamMember',
      meta: meta(),
      data: { encounterId: ENCOUNTER, memberId: CONSULTANT, role },
    });
    const remove: EncounterCommand = {
      type: 'ehr.RemoveCareTeamMember',
      meta: meta(),
      data: { encounterId: ENCOUNTER, memberId: CONSULTANT },
    };
    const added = (role: 'consulting' | 'attending' = 'consulting'): EncounterEvent => ({
      type: 'ehr.CareTeamMemberAdded',
      data: { encounterId: ENCOUNTER, patientId: PATIENT, memberId: CONSULTANT, role, addedAt: NOW, addedBy: ACTOR },
    });

    it('adds someone to an open encounter, once per role, and takes them off again', () => {
      deciderSpec(encounterDecider).given([opened]).when(add()).then([added()]);
      deciderSpec(encounterDecider).given([opened, added()]).when(add()).then([]);
      deciderSpec(encounterDecider)
        .given([opened, added()])
        .when(add('attending'))
        .then([added('attending')]);
      deciderSpec(encounterDecider)
        .given([opened, added()])
        .when(remove)
        .then([
          {
            type: 'ehr.CareTeamMemberRemoved',
            data: {
              encounterId: ENCOUNTER,
              patientId: PATIENT,
              memberId: CONSULTANT,
              removedAt: NOW,
              removedBy: ACTOR,
            },
          },
        ]);
    });

    it('refuses a team change on an encounter not opened or already closed, and removing a non-member', () => {
      deciderSpec(encounterDecider).given([]).when(add()).thenRejects('ENCOUNTER_NOT_FOUND');
      deciderSpec(encounterDecider).given([opened, closed]).when(add()).thenRejects('ENCOUNTER_CLOSED');
      deciderSpec(encounterDecider).given([opened]).when(remove).thenRejects('CARE_TEAM_MEMBER_NOT_FOUND');
    });
  });
});
