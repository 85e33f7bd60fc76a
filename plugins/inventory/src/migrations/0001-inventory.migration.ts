import { defineMigration } from '@hms/sdk';

/**
 * Read models of the stores, all rebuilt from events: the catalogue (items and locations, their codes unique
 * regardless of case), stock per item and location with its lots, every movement (the stock card), and purchase
 * orders with their lines (what is on order, for the low-stock list).
 */
export const createInventoryMigration = defineMigration('0001-inventory', [
  `CREATE TABLE inventory.items (
    id uuid PRIMARY KEY,
    code text NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    unit text NOT NULL,
    tracks_lots boolean NOT NULL,
    discontinued boolean NOT NULL DEFAULT false,
    defined_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX items_code_key ON inventory.items (lower(code))`,
  `CREATE INDEX items_name_idx ON inventory.items (lower(name))`,
  `CREATE TABLE inventory.locations (
    id uuid PRIMARY KEY,
    code text NOT NULL,
    name text NOT NULL
  )`,
  `CREATE UNIQUE INDEX locations_code_key ON inventory.locations (lower(code))`,
  `CREATE TABLE inventory.stock_levels (
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    on_hand integer NOT NULL DEFAULT 0,
    reorder_level integer NOT NULL DEFAULT 0,
    reorder_quantity integer NOT NULL DEFAULT 0,
    low_since timestamptz,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (item_id, location_id)
  )`,
  `CREATE INDEX stock_levels_location_idx ON inventory.stock_levels (location_id)`,
  `CREATE INDEX stock_levels_low_idx ON inventory.stock_levels (low_since) WHERE low_since IS NOT NULL`,
  `CREATE TABLE inventory.stock_lots (
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    lot text NOT NULL,
    expires_on date,
    quantity integer NOT NULL,
    PRIMARY KEY (item_id, location_id, lot)
  )`,
  `CREATE INDEX stock_lots_expiry_idx ON inventory.stock_lots (expires_on) WHERE expires_on IS NOT NULL`,
  `CREATE TABLE inventory.movements (
    position bigint PRIMARY KEY,
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    kind text NOT NULL,
    change integer NOT NULL,
    lots jsonb NOT NULL,
    reference jsonb NOT NULL,
    reason text,
    at timestamptz NOT NULL,
    by text NOT NULL
  )`,
  `CREATE INDEX movements_stock_idx ON inventory.movements (item_id, location_id, position DESC)`,
  `CREATE TABLE inventory.purchase_orders (
    id uuid PRIMARY KEY,
    number text NOT NULL UNIQUE,
    supplier text NOT NULL,
    location_id uuid NOT NULL,
    status text NOT NULL,
    note text,
    raised_at timestamptz NOT NULL,
    raised_by text NOT NULL,
    closed_at timestamptz,
    deliveries integer NOT NULL DEFAULT 0
  )`,
  `CREATE INDEX purchase_orders_status_idx ON inventory.purchase_orders (status, raised_at DESC)`,
  `CREATE TABLE inventory.order_lines (
    order_id uuid NOT NULL,
    item_id uuid NOT NULL,
    ordered integer NOT NULL,
    received integer NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, item_id)
  )`,
  `CREATE INDEX order_lines_item_idx ON inventory.order_lines (item_id)`,
]);
