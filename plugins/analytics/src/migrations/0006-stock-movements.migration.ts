import { defineMigration } from '@hms/sdk';

/**
 * What stock turnover reads of inventory's published events (analytics 1.1): every change of the units on hand of
 * an item at a location, and how many of them left the hospital's stores for a ward, department or patient (issues
 * that are not transfers between locations, net of reversed issues). Ids and counts only.
 */
export const createStockMovementsMigration = defineMigration('0006-stock-movements', [
  `CREATE TABLE analytics.stock_movements (
    position bigint PRIMARY KEY,
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    at timestamptz NOT NULL,
    change integer NOT NULL,
    consumed integer NOT NULL
  )`,
  `CREATE INDEX stock_movements_item_idx ON analytics.stock_movements (item_id, at)`,
  `CREATE TABLE analytics.stock_items (item_id uuid PRIMARY KEY, code text NOT NULL)`,
]);
