import { defineReplica, z, type RecordedEvent } from '@hms/sdk';
import {
  ItemDefined,
  ItemDiscontinued,
  LocationDefined,
  ReorderLevelSet,
  StockCounted,
  StockFellBelowReorderLevel,
  StockIssued,
  StockIssueReversed,
  StockReceived,
  StockRestored,
  StockWrittenOff,
} from '../contracts/events';
import { ListLocationStock, type LocationStockRow } from '../contracts/location-stock';

const ITEM_EVENTS: ReadonlySet<string> = new Set([ItemDefined.type, ItemDiscontinued.type]);

/**
 * A store's stock on its ward's computer (the ward store): what is on the shelf and what is low, through a network
 * outage. A stock event names its item and location, so a pull carries the items that moved at this store only.
 */
export const locationStockReplica = defineReplica({
  name: 'inventory.LocationStock',
  description: 'The stock of every item kept at one location',
  query: ListLocationStock,
  params: z.strictObject({ locationId: z.uuid() }),
  events: [
    ItemDefined,
    ItemDiscontinued,
    LocationDefined,
    ReorderLevelSet,
    StockReceived,
    StockIssued,
    StockIssueReversed,
    StockCounted,
    StockWrittenOff,
    StockFellBelowReorderLevel,
    StockRestored,
  ],
  rows: (stock): readonly LocationStockRow[] => stock.items,
  key: (row) => row.itemId,
  changedRows: (event, { locationId }) => changedItems(event, locationId),
  limits: { maxRows: 2_000, maxAgeHours: 12 },
});

function changedItems(event: RecordedEvent, locationId: string): readonly string[] | 'all' {
  const data = event.data as { itemId?: string; locationId?: string };
  if (event.type === LocationDefined.type) return data.locationId === locationId ? 'all' : [];
  if (ITEM_EVENTS.has(event.type)) return data.itemId ? [data.itemId] : 'all';
  return data.locationId === locationId && data.itemId ? [data.itemId] : [];
}
