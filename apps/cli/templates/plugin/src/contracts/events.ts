import { defineEvent, z } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

/** A fact, frozen once released: a later shape gets `version: 2` and an upcaster, never an edit. */
export const SuppliesRequested = defineEvent(
  `${PLUGIN}.SuppliesRequested`,
  z.object({
    requestId: z.uuid(),
    ward: z.string(),
    item: z.string(),
    quantity: z.number().int(),
    requestedBy: z.string(),
    requestedAt: z.iso.datetime(),
  }),
);

export const EVENTS = [SuppliesRequested] as const;
