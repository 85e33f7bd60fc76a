import { defineEvent, z } from '@hms/sdk';
import { encounterClassSchema } from './schemas';
import { encounterEntry } from './timeline';

/** Encounter stream: a visit or stay began (by hand, or from a check-in or admission of the patient plugin). */
export const EncounterOpened = defineEvent(
  'ehr.EncounterOpened',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    class: encounterClassSchema,
    appointmentId: z.uuid().optional(),
    stayId: z.uuid().optional(),
    reason: z.string().max(500).optional(),
    openedAt: z.iso.datetime(),
    openedBy: z.string(),
  }),
  {
    description: 'An outpatient visit or inpatient stay began',
    // The reason is free text: it stays in the encounter, off the timeline.
    timeline: (d) =>
      encounterEntry(d, d.openedAt, {
        encounterId: d.encounterId,
        class: d.class,
        appointmentId: d.appointmentId,
        stayId: d.stayId,
      }),
  },
);

/** Encounter stream: the visit or stay ended. */
export const EncounterClosed = defineEvent(
  'ehr.EncounterClosed',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    closedAt: z.iso.datetime(),
    closedBy: z.string(),
    because: z.enum(['completed', 'discharged']),
  }),
  {
    description: 'An encounter ended',
    timeline: (d) => encounterEntry(d, d.closedAt, { encounterId: d.encounterId, because: d.because }),
  },
);

export const ENCOUNTER_EVENTS = [EncounterOpened, EncounterClosed] as const;
