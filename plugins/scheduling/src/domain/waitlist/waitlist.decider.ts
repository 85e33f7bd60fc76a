import { assertNever, ConflictError, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type {
  AppointmentSlotOffered,
  PatientWaitlisted,
  WaitlistEntryCancelled,
  WaitlistOfferAccepted,
  WaitlistOfferDeclined,
  WaitlistOfferExpired,
} from '../../contracts/events';
import type { JoinWaitlist } from '../../contracts/commands';
import { WAITLIST_ENTRY_CLOSED, WAITLIST_NO_OFFER, WAITLIST_OFFER_EXPIRED } from '../../errors';

type Slot = { readonly startsAt: string; readonly endsAt: string };
type Offer = Slot & { readonly offeredAt: string; readonly expiresAt: string };

export type JoinCommand = Command<'scheduling.JoinWaitlist', DataOf<typeof JoinWaitlist> & { entryId: string }>;
export type OfferCommand = Command<'scheduling.OfferSlot', Slot & { entryId: string; holdMinutes: number }>;
export type AcceptCommand = Command<'scheduling.AcceptWaitlistOffer', { entryId: string; appointmentId: string }>;
export type DeclineCommand = Command<'scheduling.DeclineWaitlistOffer', { entryId: string }>;
export type ExpireCommand = Command<'scheduling.ExpireWaitlistOffer', { entryId: string }>;
export type CancelEntryCommand = Command<'scheduling.CancelWaitlistEntry', { entryId: string }>;
export type WaitlistCommand =
  JoinCommand | OfferCommand | AcceptCommand | DeclineCommand | ExpireCommand | CancelEntryCommand;

export type WaitlistEvent =
  | DomainEvent<'patient.PatientWaitlisted', DataOf<typeof PatientWaitlisted>>
  | DomainEvent<'patient.AppointmentSlotOffered', DataOf<typeof AppointmentSlotOffered>>
  | DomainEvent<'patient.WaitlistOfferAccepted', DataOf<typeof WaitlistOfferAccepted>>
  | DomainEvent<'patient.WaitlistOfferDeclined', DataOf<typeof WaitlistOfferDeclined>>
  | DomainEvent<'patient.WaitlistOfferExpired', DataOf<typeof WaitlistOfferExpired>>
  | DomainEvent<'patient.WaitlistEntryCancelled', DataOf<typeof WaitlistEntryCancelled>>;

export type WaitlistState =
  | { readonly status: 'none' }
  | {
      readonly status: 'waiting' | 'offered' | 'booked' | 'cancelled';
      readonly entryId: string;
      readonly patientId: string;
      readonly practitionerId: string;
      readonly type: string;
      readonly earliest: string;
      readonly latest: string;
      readonly requestedAt: string;
      readonly note?: string;
      readonly offer?: Offer;
      /** Start times of the slots this patient was offered and did not take: never offered to them again. */
      readonly passed: readonly string[];
    };
type Open = Exclude<WaitlistState, { status: 'none' }>;

export const initialState = (): WaitlistState => ({ status: 'none' });

/** Whether the slot fits the entry: waiting, its date (UTC) inside the patient's window, not one they passed on. */
export function canBeOffered(state: WaitlistState, slot: Slot): boolean {
  if (state.status !== 'waiting') return false;
  const day = slot.startsAt.slice(0, 10);
  return day >= state.earliest && day <= state.latest && !state.passed.includes(slot.startsAt);
}

export function decide(command: WaitlistCommand, state: WaitlistState): WaitlistEvent[] {
  const now = command.meta.now;
  if (command.type === 'scheduling.JoinWaitlist') {
    if (state.status !== 'none') return [];
    const { entryId, patientId, practitionerId, type, earliest, latest, note } = command.data;
    return [
      {
        type: 'patient.PatientWaitlisted',
        data: {
          entryId,
          patientId,
          practitionerId,
          type,
          earliest,
          latest,
          ...(note ? { note } : {}),
          requestedAt: now,
        },
      },
    ];
  }
  if (state.status === 'none') return [];
  const ids = { entryId: state.entryId, patientId: state.patientId };
  switch (command.type) {
    case 'scheduling.OfferSlot': {
      // Idempotent per (slot, entry): an entry offered this slot before is never offered it again.
      if (!canBeOffered(state, command.data)) return [];
      const { startsAt, endsAt, holdMinutes } = command.data;
      const expiresAt = new Date(Date.parse(now) + holdMinutes * 60_000).toISOString();
      return [
        {
          type: 'patient.AppointmentSlotOffered',
          data: {
            ...ids,
            practitionerId: state.practitionerId,
            type: state.type,
            startsAt,
            endsAt,
            offeredAt: now,
            expiresAt,
          },
        },
      ];
    }
    case 'scheduling.AcceptWaitlistOffer': {
      const offer = heldOffer(state, now);
      return [
        {
          type: 'patient.WaitlistOfferAccepted',
          data: {
            ...ids,
            startsAt: offer.startsAt,
            endsAt: offer.endsAt,
            appointmentId: command.data.appointmentId,
            acceptedAt: now,
          },
        },
      ];
    }
    case 'scheduling.DeclineWaitlistOffer': {
      const offer = pendingOffer(state);
      return [
        {
          type: 'patient.WaitlistOfferDeclined',
          data: { ...ids, startsAt: offer.startsAt, endsAt: offer.endsAt, declinedAt: now },
        },
      ];
    }
    case 'scheduling.ExpireWaitlistOffer': {
      if (state.status !== 'offered' || state.offer === undefined || state.offer.expiresAt > now) return [];
      const { startsAt, endsAt } = state.offer;
      return [{ type: 'patient.WaitlistOfferExpired', data: { ...ids, startsAt, endsAt, expiredAt: now } }];
    }
    case 'scheduling.CancelWaitlistEntry':
      if (state.status === 'cancelled') return [];
      if (state.status === 'booked') throw closed(state);
      return [{ type: 'patient.WaitlistEntryCancelled', data: { ...ids, cancelledAt: now } }];
    default:
      return assertNever(command);
  }
}

function closed(state: Open): ConflictError {
  return new ConflictError(
    WAITLIST_ENTRY_CLOSED,
    { entryId: state.entryId },
    {
      message:
        state.status === 'booked'
          ? 'This waitlist request is done: the patient already has the appointment offered.'
          : 'This patient is no longer on the waitlist.',
    },
  );
}

function pendingOffer(state: Open): Offer {
  if (state.status === 'booked' || state.status === 'cancelled') throw closed(state);
  if (state.status !== 'offered' || state.offer === undefined) {
    throw new ConflictError(
      WAITLIST_NO_OFFER,
      { entryId: state.entryId },
      {
        message: 'There is no slot on offer for this patient right now; they are still waiting.',
      },
    );
  }
  return state.offer;
}

function heldOffer(state: Open, now: string): Offer {
  const offer = pendingOffer(state);
  if (offer.expiresAt <= now) {
    throw new ConflictError(
      WAITLIST_OFFER_EXPIRED,
      { entryId: state.entryId },
      {
        message:
          'The offer ran out: the slot has been passed to the next patient waiting. The patient keeps their place.',
      },
    );
  }
  return offer;
}

export function evolve(state: WaitlistState, event: WaitlistEvent): WaitlistState {
  if (event.type === 'patient.PatientWaitlisted') {
    const { entryId, patientId, practitionerId, type, earliest, latest, requestedAt, note } = event.data;
    return {
      status: 'waiting',
      entryId,
      patientId,
      practitionerId,
      type,
      earliest,
      latest,
      requestedAt,
      passed: [],
      ...(note === undefined ? {} : { note }),
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'patient.AppointmentSlotOffered': {
      const { startsAt, endsAt, offeredAt, expiresAt } = event.data;
      return { ...state, status: 'offered', offer: { startsAt, endsAt, offeredAt, expiresAt } };
    }
    case 'patient.WaitlistOfferAccepted':
      return { ...state, status: 'booked', offer: undefined };
    case 'patient.WaitlistOfferDeclined':
    case 'patient.WaitlistOfferExpired':
      return { ...state, status: 'waiting', offer: undefined, passed: [...state.passed, event.data.startsAt] };
    case 'patient.WaitlistEntryCancelled':
      return { ...state, status: 'cancelled', offer: undefined };
    default:
      return assertNever(event);
  }
}

export const waitlistDecider: Decider<WaitlistState, WaitlistCommand, WaitlistEvent> = { decide, evolve, initialState };
