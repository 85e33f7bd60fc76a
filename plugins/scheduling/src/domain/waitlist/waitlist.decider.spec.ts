import { deciderSpec } from '@hms/sdk/testing';
import { waitlistDecider, type WaitlistCommand, type WaitlistEvent } from './waitlist.decider';

const ENTRY = '00000000-0000-4000-8000-0000000000e1';
const PATIENT = '00000000-0000-4000-8000-0000000000a1';
const PRACTITIONER = '00000000-0000-4000-8000-0000000000b1';
const APPOINTMENT = '00000000-0000-4000-8000-0000000000c1';
const NOW = '2026-03-02T08:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';
const SLOT = { startsAt: '2026-03-09T09:00:00.000Z', endsAt: '2026-03-09T09:20:00.000Z' };
const ids = { entryId: ENTRY, patientId: PATIENT };

const meta = (now = NOW) => ({ commandId: 'c', actorId: 'a', now, correlationId: 'c' });
const cmd = (type: WaitlistCommand['type'], data: object, now = NOW) =>
  ({ type, data: { entryId: ENTRY, ...data }, meta: meta(now) }) as WaitlistCommand;
const waitlisted: WaitlistEvent = {
  type: 'patient.PatientWaitlisted',
  data: {
    ...ids,
    practitionerId: PRACTITIONER,
    type: 'consultation',
    earliest: '2026-03-09',
    latest: '2026-03-13',
    requestedAt: NOW,
  },
};
const offered: WaitlistEvent = {
  type: 'patient.AppointmentSlotOffered',
  data: { ...ids, practitionerId: PRACTITIONER, type: 'consultation', ...SLOT, offeredAt: NOW, expiresAt: LATER },
};
const declined: WaitlistEvent = { type: 'patient.WaitlistOfferDeclined', data: { ...ids, ...SLOT, declinedAt: NOW } };
const spec = (given: WaitlistEvent[], when: WaitlistCommand) => deciderSpec(waitlistDecider).given(given).when(when);

describe('waitlistDecider', () => {
  it('puts a patient on the waitlist once', () => {
    spec(
      [],
      cmd('scheduling.JoinWaitlist', {
        patientId: PATIENT,
        practitionerId: PRACTITIONER,
        type: 'consultation',
        earliest: '2026-03-09',
        latest: '2026-03-13',
      }),
    ).then([waitlisted]);
    spec(
      [waitlisted],
      cmd('scheduling.JoinWaitlist', {
        patientId: PATIENT,
        practitionerId: PRACTITIONER,
        type: 'consultation',
        earliest: '2026-03-09',
        latest: '2026-03-13',
      }),
    ).then([]);
  });
  it('offers a slot inside the window, held for the hold time', () =>
    spec([waitlisted], cmd('scheduling.OfferSlot', { ...SLOT, holdMinutes: 120 })).then([offered]));
  it('offers nothing outside the window, while an offer is held, or a slot passed on before', () => {
    spec(
      [waitlisted],
      cmd('scheduling.OfferSlot', {
        startsAt: '2026-03-16T09:00:00.000Z',
        endsAt: '2026-03-16T09:20:00.000Z',
        holdMinutes: 120,
      }),
    ).then([]);
    spec([waitlisted, offered], cmd('scheduling.OfferSlot', { ...SLOT, holdMinutes: 120 })).then([]);
    spec([waitlisted, offered, declined], cmd('scheduling.OfferSlot', { ...SLOT, holdMinutes: 120 })).then([]);
  });
  it('accepts a held offer, and refuses an expired one or none', () => {
    spec([waitlisted, offered], cmd('scheduling.AcceptWaitlistOffer', { appointmentId: APPOINTMENT })).then([
      { type: 'patient.WaitlistOfferAccepted', data: { ...ids, ...SLOT, appointmentId: APPOINTMENT, acceptedAt: NOW } },
    ]);
    spec(
      [waitlisted, offered],
      cmd('scheduling.AcceptWaitlistOffer', { appointmentId: APPOINTMENT }, LATER),
    ).thenRejects('WAITLIST_OFFER_EXPIRED');
    spec([waitlisted], cmd('scheduling.AcceptWaitlistOffer', { appointmentId: APPOINTMENT })).thenRejects(
      'WAITLIST_NO_OFFER',
    );
  });
  it('declines an offer and keeps waiting', () => {
    spec([waitlisted, offered], cmd('scheduling.DeclineWaitlistOffer', {})).then([declined]);
    spec([waitlisted, offered], cmd('scheduling.DeclineWaitlistOffer', {})).thenState({
      status: 'waiting',
      entryId: ENTRY,
      patientId: PATIENT,
      practitionerId: PRACTITIONER,
      type: 'consultation',
      earliest: '2026-03-09',
      latest: '2026-03-13',
      requestedAt: NOW,
      offer: undefined,
      passed: [SLOT.startsAt],
    });
  });
  it('expires an offer only once its hold has run out', () => {
    spec([waitlisted, offered], cmd('scheduling.ExpireWaitlistOffer', {})).then([]);
    spec([waitlisted, offered], cmd('scheduling.ExpireWaitlistOffer', {}, LATER)).then([
      { type: 'patient.WaitlistOfferExpired', data: { ...ids, ...SLOT, expiredAt: LATER } },
    ]);
  });
  it('takes a patient off the list, but not once booked', () => {
    spec([waitlisted, offered], cmd('scheduling.CancelWaitlistEntry', {})).then([
      { type: 'patient.WaitlistEntryCancelled', data: { ...ids, cancelledAt: NOW } },
    ]);
    const accepted: WaitlistEvent = {
      type: 'patient.WaitlistOfferAccepted',
      data: { ...ids, ...SLOT, appointmentId: APPOINTMENT, acceptedAt: NOW },
    };
    spec([waitlisted, offered, accepted], cmd('scheduling.CancelWaitlistEntry', {})).thenRejects(
      'WAITLIST_ENTRY_CLOSED',
    );
  });
});
