import { defineEvent, z } from '@hms/sdk';
import { bedServiceReasonSchema } from './ward-commands';

/** Ward stream: a ward was defined. */
export const WardDefined = defineEvent(
  'patient.WardDefined',
  z.object({
    wardId: z.uuid(),
    code: z.string(),
    name: z.string(),
    specialty: z.string(),
    definedAt: z.iso.datetime(),
  }),
  { description: 'A ward was defined' },
);

/** Ward-code stream: the code is taken by this ward (one stream per code makes codes unique under concurrency). */
export const WardCodeClaimed = defineEvent(
  'patient.WardCodeClaimed',
  z.object({ code: z.string(), wardId: z.uuid(), claimedAt: z.iso.datetime() }),
  { description: 'A ward code was given to a ward' },
);

/** Ward stream: the ward lists a new bed under this label. */
export const BedAdded = defineEvent(
  'patient.BedAdded',
  z.object({ wardId: z.uuid(), bedId: z.uuid(), label: z.string(), addedAt: z.iso.datetime() }),
  { description: 'A bed was added to a ward' },
);

/** Ward stream: the ward no longer lists the bed (its label may be reused). */
export const BedRemoved = defineEvent(
  'patient.BedRemoved',
  z.object({ wardId: z.uuid(), bedId: z.uuid(), label: z.string(), removedAt: z.iso.datetime() }),
  { description: 'A bed was removed from a ward' },
);

/** Bed stream: the bed was closed for good (recorded with BedRemoved so no admission can race the removal). */
export const BedDecommissioned = defineEvent(
  'patient.BedDecommissioned',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), decommissionedAt: z.iso.datetime() }),
  { description: 'A bed was closed for good' },
);

/** Bed stream: the empty bed cannot take patients until it is back in service. Occupancy reports exclude it. */
export const BedTakenOutOfService = defineEvent(
  'patient.BedTakenOutOfService',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), reason: bedServiceReasonSchema, at: z.iso.datetime() }),
  { description: 'A bed was taken out of service' },
);

/** Bed stream: the bed takes patients again. */
export const BedReturnedToService = defineEvent(
  'patient.BedReturnedToService',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), at: z.iso.datetime() }),
  { description: 'A bed was put back in service' },
);

export const WARD_EVENTS = [
  WardDefined,
  WardCodeClaimed,
  BedAdded,
  BedRemoved,
  BedDecommissioned,
  BedTakenOutOfService,
  BedReturnedToService,
] as const;
