import { defineCommand, defineEvent, z } from '@hms/sdk';
import { serviceCodeSchema } from './schemas';

/**
 * Charge capture: how another module's event becomes a charge without anyone typing it twice.
 *
 * A module says *what happened* in its own words, as a **charge key** (`appointment-type:consultation`,
 * `ward:<wardId>`, `lab-test:cbc`); the billing office says *what that costs* by mapping the key to a service of
 * the catalogue (`SetChargeRule`). A vendor plugin makes its events billable by declaring billing an optional
 * dependency and answering its event with `CaptureCharge` from a reaction (see docs/billing.md).
 */

/** `<kind>:<value>`: lower-case kind, then an id or code; `<kind>:*` is the kind's fallback rule. */
export const chargeKeySchema = z
  .string()
  .trim()
  .min(3)
  .max(120)
  .regex(/^[a-z][a-z0-9-]*:([A-Za-z0-9._-]+|\*)$/, "'<kind>:<code or id>', or '<kind>:*' for the kind's default");

export const ChargeRuleSet = defineEvent(
  'billing.ChargeRuleSet',
  z.object({ key: z.string(), serviceCode: z.string(), at: z.iso.datetime(), by: z.string() }),
  { description: 'A charge key (what another module reports) is charged as this service from now on' },
);

/** One per issued invoice, on the year's counter stream: the counter is the stream's length, so it has no gaps. */
export const InvoiceNumberAllocated = defineEvent(
  'billing.InvoiceNumberAllocated',
  z.object({ year: z.number().int(), sequence: z.number().int().positive(), invoiceId: z.uuid(), number: z.string() }),
  { description: 'An invoice number of the year was given to an invoice as it was issued' },
);

export const CAPTURE_EVENTS = [ChargeRuleSet, InvoiceNumberAllocated] as const;

export const SetChargeRule = defineCommand(
  'billing.SetChargeRule',
  z.strictObject({ key: chargeKeySchema, serviceCode: serviceCodeSchema }),
  'Charge what another module reports under this key as a service of the catalogue',
).returns<{ key: string; serviceCode: string }>();

/**
 * Published for other plugins' reactions. `sourceKey` names the source once and for all (`<plugin>:<thing>:<id>`):
 * capturing it again records nothing, and `ReverseCharge` with `by.kind = 'source-cancelled'` and the same key as
 * `sourceEventId` takes the charge back.
 */
export const CaptureCharge = defineCommand(
  'billing.CaptureCharge',
  z.strictObject({
    patientId: z.uuid(),
    encounterId: z.uuid(),
    chargeKey: chargeKeySchema,
    sourceKey: z.string().min(1).max(200),
    serviceDate: z.iso.date(),
    quantity: z.number().int().positive().max(100_000).default(1),
  }),
  {
    description:
      'Charge what another module reported, under the service its charge key is mapped to (once per source key)',
    offline: true,
  },
).returns<{ chargeId: string | null; serviceCode: string }>();

/**
 * Sent by billing's own bed-day reaction when a patient leaves a bed: one bed-day per midnight they spent in it, on
 * the hospital's clock (the plugin's `timeZone` option), each captured like `CaptureCharge` under `ward:<wardId>`.
 */
export const CaptureBedNights = defineCommand(
  'billing.CaptureBedNights',
  z.strictObject({
    patientId: z.uuid(),
    stayId: z.uuid(),
    bedId: z.uuid(),
    wardId: z.uuid(),
    occupiedAt: z.iso.datetime(),
    vacatedAt: z.iso.datetime(),
  }),
  "Charge the nights a patient spent in a bed, one bed-day per midnight on the hospital's clock",
).returns<{ nights: string[]; chargeIds: (string | null)[] }>();
