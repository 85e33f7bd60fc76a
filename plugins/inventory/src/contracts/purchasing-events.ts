import { defineEvent, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';

/** Who did it and when: every inventory event says so. */
const recorded = { at: z.iso.datetime(), by: z.string() };

/** On the item's own units stream (`inventory.item-units-<itemId>`), apart from the catalogue entry. */
export const PurchaseUnitDefined = defineEvent(
  'inventory.PurchaseUnitDefined',
  z.object({ ...recorded, itemId: z.uuid(), unit: z.string(), unitsOfIssue: z.number().int() }),
  { description: 'An item is also bought in a larger unit holding so many units of issue (a box of 10 tablets)' },
);

/** On the supplier's stream (`inventory.supplier-<supplierId>`). */
export const SupplierPriceSet = defineEvent(
  'inventory.SupplierPriceSet',
  z.object({
    ...recorded,
    supplierId: z.uuid(),
    itemId: z.uuid(),
    unitPrice: costSchema,
    /** The purchase unit the price is for; absent: per unit of issue. */
    purchaseUnit: z.string().optional(),
  }),
  { description: "A supplier's price for an item was set (it replaces the one before)" },
);

export const PURCHASING_EVENTS = [PurchaseUnitDefined, SupplierPriceSet] as const;
