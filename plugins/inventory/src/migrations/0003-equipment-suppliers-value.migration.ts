import { defineMigration } from '@hms/sdk';

/**
 * Read models of 1.2, all rebuilt from events: the equipment register (assets, their maintenance plans, work
 * orders and status history), the supplier master (names unique regardless of case), the supplier of the master on
 * purchase orders (null on orders that name one in free text), and the value of the stock per item and store.
 */
export const createEquipmentMigration = defineMigration('0003-equipment-suppliers-value', [
  `CREATE TABLE inventory.assets (
    id uuid PRIMARY KEY,
    serial_number text NOT NULL,
    model text NOT NULL,
    manufacturer text NOT NULL,
    location_id uuid NOT NULL,
    owner_department_id uuid NOT NULL,
    purchased_on date,
    purchase_cost_amount bigint,
    purchase_cost_currency text,
    warranty_ends_on date,
    status text NOT NULL,
    status_reason text,
    registered_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX assets_serial_key ON inventory.assets (lower(manufacturer), lower(serial_number))`,
  `CREATE INDEX assets_status_idx ON inventory.assets (status)`,
  `CREATE TABLE inventory.maintenance_plans (
    id uuid PRIMARY KEY,
    asset_id uuid NOT NULL,
    name text NOT NULL,
    interval_days integer NOT NULL,
    next_due_on date NOT NULL,
    last_done_on date
  )`,
  `CREATE INDEX maintenance_plans_due_idx ON inventory.maintenance_plans (next_due_on)`,
  `CREATE INDEX maintenance_plans_asset_idx ON inventory.maintenance_plans (asset_id)`,
  `CREATE TABLE inventory.work_orders (
    id uuid PRIMARY KEY,
    number text NOT NULL UNIQUE,
    asset_id uuid NOT NULL,
    kind text NOT NULL,
    plan_id uuid,
    description text NOT NULL,
    assigned_to text,
    status text NOT NULL,
    findings text,
    done_on date,
    opened_at timestamptz NOT NULL,
    opened_by text NOT NULL
  )`,
  `CREATE INDEX work_orders_asset_idx ON inventory.work_orders (asset_id, opened_at DESC)`,
  `CREATE TABLE inventory.asset_status_changes (
    position bigint PRIMARY KEY,
    asset_id uuid NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    reason text NOT NULL,
    at timestamptz NOT NULL,
    by text NOT NULL
  )`,
  `CREATE INDEX asset_status_changes_asset_idx ON inventory.asset_status_changes (asset_id, position DESC)`,
  `CREATE TABLE inventory.suppliers (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    contact text,
    lead_time_days integer NOT NULL,
    defined_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX suppliers_name_key ON inventory.suppliers (lower(name))`,
  `ALTER TABLE inventory.purchase_orders ADD COLUMN supplier_id uuid`,
  `CREATE TABLE inventory.stock_values (
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    value bigint NOT NULL DEFAULT 0,
    currency text,
    average_unit_cost numeric,
    PRIMARY KEY (item_id, location_id)
  )`,
]);
