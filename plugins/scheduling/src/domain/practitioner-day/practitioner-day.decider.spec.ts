import { deciderSpec } from '@hms/sdk/testing';
import { APPOINTMENT_ID, PRACTITIONER_ID, schedMeta } from '../../../test/builders';
import {
  practitionerDayDecider,
  type PractitionerDayCommand,
  type SlotReservedEvent,
} from './practitioner-day.decider';
import { daysTouched, practitionerDayStream } from './practitioner-day.stream';

const DAY = '2026-03-09';
const OTHER_ID = '7b1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d6';
const at = (time: string): string => `${DAY}T${time}:00.000Z`;

function reserve(start: string, end: string, appointmentId = OTHER_ID): PractitionerDayCommand {
  return {
    type: 'scheduling.ReserveSlot',
    data: { practitionerId: PRACTITIONER_ID, day: DAY, appointmentId, startsAt: at(start), endsAt: at(end) },
    meta: schedMeta(),
  };
}
const reserved = (start: string, end: string, appointmentId = APPOINTMENT_ID): SlotReservedEvent => ({
  type: 'patient.SlotReserved',
  data: { practitionerId: PRACTITIONER_ID, day: DAY, appointmentId, startsAt: at(start), endsAt: at(end) },
});
const release = (appointmentId = APPOINTMENT_ID): PractitionerDayCommand => ({
  type: 'scheduling.ReleaseSlot',
  data: { practitionerId: PRACTITIONER_ID, day: DAY, appointmentId },
  meta: schedMeta(),
});

describe('practitionerDayDecider (the slot lock)', () => {
  it('reserves a free interval', () =>
    deciderSpec(practitionerDayDecider)
      .given([reserved('09:00', '09:20')])
      .when(reserve('09:20', '09:40'))
      .then([reserved('09:20', '09:40', OTHER_ID)]));

  it.each([
    ['the same interval', '09:00', '09:20'],
    ['an interval starting inside', '09:10', '09:30'],
    ['an interval ending inside', '08:50', '09:10'],
    ['an interval around it', '08:00', '10:00'],
    ['an interval within it', '09:05', '09:15'],
  ])('refuses %s with SLOT_TAKEN (409)', (_name, start, end) =>
    deciderSpec(practitionerDayDecider)
      .given([reserved('09:00', '09:20')])
      .when(reserve(start, end))
      .thenRejects('SLOT_TAKEN'),
  );

  it('frees the interval on release, so it can be booked again', () =>
    deciderSpec(practitionerDayDecider)
      .given([
        reserved('09:00', '09:20'),
        {
          type: 'patient.SlotReleased',
          data: { practitionerId: PRACTITIONER_ID, day: DAY, appointmentId: APPOINTMENT_ID },
        },
      ])
      .when(reserve('09:00', '09:20'))
      .then([reserved('09:00', '09:20', OTHER_ID)]));

  it('lets an appointment overlap its own old interval (a move by ten minutes)', () =>
    deciderSpec(practitionerDayDecider)
      .given([reserved('09:00', '09:20')])
      .when(reserve('09:10', '09:30', APPOINTMENT_ID))
      .then([reserved('09:10', '09:30')]));

  it('releases nothing it does not hold', () => deciderSpec(practitionerDayDecider).given([]).when(release()).then([]));

  it('names a stream per practitioner and UTC day, and finds the days an interval touches', () => {
    expect(practitionerDayStream(PRACTITIONER_ID, DAY)).toBe(`patient.practitioner-day-${PRACTITIONER_ID}-${DAY}`);
    expect(daysTouched(at('09:00'), at('09:20'))).toEqual([DAY]);
    expect(daysTouched('2026-03-09T23:50:00.000Z', '2026-03-10T00:10:00.000Z')).toEqual(['2026-03-09', '2026-03-10']);
    expect(daysTouched('2026-03-09T23:40:00.000Z', '2026-03-10T00:00:00.000Z')).toEqual(['2026-03-09']);
  });
});
