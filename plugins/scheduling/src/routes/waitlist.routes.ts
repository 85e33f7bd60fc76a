import { defineRoute, z, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import { appointmentViewSchema } from '../contracts/queries';
import {
  AcceptWaitlistOffer,
  CancelWaitlistEntry,
  DeclineWaitlistOffer,
  ExpireWaitlistOffers,
  JoinWaitlist,
} from '../contracts/commands';
import { ListWaitlist, waitlistEntrySchema, waitlistListSchema } from '../contracts/queries';

const withEntry = (request: RouteRequest): unknown => ({ entryId: request.params.id });

export const joinWaitlistRoute = defineRoute({
  method: 'POST',
  path: '/appointments/waitlist',
  summary: 'Put a patient on the waitlist',
  description:
    'For an earlier appointment with a practitioner, of a type, between two dates. When a matching slot frees up, ' +
    'the patient who asked first is offered it and has two hours to take it.',
  command: JoinWaitlist,
  status: 201,
  response: waitlistEntrySchema,
});

export const listWaitlistRoute = defineRoute({
  method: 'GET',
  path: '/appointments/waitlist',
  summary: 'The waitlist',
  description: 'Patients waiting (or holding an offer), oldest request first; of a practitioner and/or a patient.',
  query: ListWaitlist,
  response: waitlistListSchema,
});

export const cancelWaitlistEntryRoute = defineRoute({
  method: 'DELETE',
  path: '/appointments/waitlist/:id',
  summary: 'Take a patient off the waitlist',
  description: 'A slot they were holding passes to the next patient waiting.',
  command: CancelWaitlistEntry,
  input: withEntry,
  response: waitlistEntrySchema,
});

export const acceptWaitlistOfferRoute = defineRoute({
  method: 'POST',
  path: '/appointments/waitlist/:id/accept',
  summary: 'The patient takes the slot offered',
  description:
    'Books it as an appointment. 409 WAITLIST_OFFER_EXPIRED when the hold ran out, SLOT_TAKEN if it was booked meanwhile.',
  command: AcceptWaitlistOffer,
  body: z.strictObject({}),
  input: withEntry,
  status: 201,
  response: appointmentViewSchema,
});

export const declineWaitlistOfferRoute = defineRoute({
  method: 'POST',
  path: '/appointments/waitlist/:id/decline',
  summary: 'The patient does not want the slot offered',
  description: 'They keep their place for other slots; this one goes to the next patient waiting.',
  command: DeclineWaitlistOffer,
  body: z.strictObject({}),
  input: withEntry,
  response: waitlistEntrySchema,
});

export const expireWaitlistOffersRoute = defineRoute({
  method: 'POST',
  path: '/appointments/waitlist/expire-offers',
  summary: 'Pass on the offers whose hold ran out',
  description: 'Closes every expired offer and offers each slot to the next patient waiting. Safe to call at any time.',
  command: ExpireWaitlistOffers,
  body: z.strictObject({}),
  response: z.object({ expired: z.array(z.uuid()), offered: z.array(z.uuid()), patients: z.array(z.uuid()) }),
});

export const waitlistRoutes: readonly RouteDefinition[] = [
  joinWaitlistRoute,
  listWaitlistRoute,
  expireWaitlistOffersRoute,
  cancelWaitlistEntryRoute,
  acceptWaitlistOfferRoute,
  declineWaitlistOfferRoute,
];
