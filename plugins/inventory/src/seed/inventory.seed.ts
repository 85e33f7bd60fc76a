import { defineSeed, type SeedContext } from '@hms/sdk';
import {
  DefineItem,
  DefineLocation,
  IssueStock,
  RaisePurchaseOrder,
  ReceiveStock,
  SetReorderLevel,
} from '../contracts/commands';
import type { ItemSummary, LocationView } from '../contracts/queries';
import { DEMO_ITEMS, DEMO_LOCATIONS, DEMO_SUPPLIER, type DemoItem } from './demo-catalogue';

/**
 * A demo store through the real command bus: a pharmacy and a ward store, a handful of medicines, supplies and
 * equipment with reorder levels, stock received in lots (one lot near its expiry date), a few issues to the ward,
 * and one open purchase order, so the low-stock and expiry lists have something to show.
 */
export const inventorySeed = defineSeed({
  isEmpty: async (sql) => (await sql.query('SELECT 1 FROM inventory.items LIMIT 1')).length === 0,
  async run(ctx) {
    const [pharmacy, ward] = await Promise.all(DEMO_LOCATIONS.map((l) => ctx.execute(DefineLocation, l)));
    const today = new Date();
    for (const [index, demo] of DEMO_ITEMS.entries()) {
      const item = await ctx.execute(DefineItem, {
        code: demo.code,
        name: demo.name,
        category: demo.category,
        unit: demo.unit,
      });
      await stockUp(ctx, item, pharmacy!, demo.pharmacy, today, index);
      await stockUp(ctx, item, ward!, demo.ward, today, index);
    }
    ctx.progress(`created ${DEMO_ITEMS.length} demo items at ${DEMO_LOCATIONS.length} locations`);
    return { created: DEMO_ITEMS.length };
  },
});

async function stockUp(
  ctx: SeedContext,
  item: ItemSummary,
  location: LocationView,
  levels: DemoItem['ward'],
  today: Date,
  index: number,
): Promise<void> {
  if (levels.level > 0) {
    await ctx.execute(SetReorderLevel, {
      itemId: item.id,
      locationId: location.id,
      reorderLevel: levels.level,
      reorderQuantity: levels.reorder,
    });
  }
  if (levels.start === 0) return;
  // Medicines arrive in two lots: the older one soon to expire (it shows on the expiry list), issued first.
  const lots = item.tracksLots
    ? [
        {
          quantity: Math.ceil(levels.start / 4),
          lot: `D${index}${location.code}A`,
          expiresOn: inDays(today, 45 + index * 7),
        },
        {
          quantity: levels.start - Math.ceil(levels.start / 4),
          lot: `D${index}${location.code}B`,
          expiresOn: inDays(today, 400),
        },
      ]
    : [{ quantity: levels.start }];
  // Received above the level, then issued down, so the stock card has history and some items end up low.
  const issued = Math.max(1, Math.floor(levels.start * 0.1));
  for (const lot of lots)
    await ctx.execute(ReceiveStock, { itemId: item.id, locationId: location.id, supplier: DEMO_SUPPLIER, ...lot });
  await ctx.execute(IssueStock, {
    itemId: item.id,
    locationId: location.id,
    quantity: Math.min(issued, levels.start),
    issuedTo: location.code === 'PHARM' ? 'Outpatient dispensary' : 'Ward 3A treatment room',
  });
  if (levels.start - issued < levels.level && location.code === 'PHARM') {
    await ctx.execute(RaisePurchaseOrder, {
      supplier: DEMO_SUPPLIER,
      locationId: location.id,
      lines: [{ itemId: item.id, quantity: levels.reorder }],
    });
  }
}

const inDays = (from: Date, days: number): string =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
