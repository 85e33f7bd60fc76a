import { defineMigration } from '@hms/sdk';

/**
 * Read models of 1.5, all rebuilt from events: consumption per destination, cost centre, item and day (with the
 * value of each issue to a patient, so its reversal takes back exactly what it cost); suppliers' prices per item;
 * the price of each purchase order line; calibration records and the parts used on work orders.
 */
export const createConsumptionPricesCalibrationMigration = defineMigration('0005-consumption-prices-calibration', [
  `CREATE TABLE inventory.consumption (
    day date NOT NULL,
    location_id uuid NOT NULL,
    item_id uuid NOT NULL,
    destination text NOT NULL,
    cost_centre text NOT NULL DEFAULT '',
    quantity integer NOT NULL DEFAULT 0,
    value bigint NOT NULL DEFAULT 0,
    currency text,
    PRIMARY KEY (day, location_id, item_id, destination, cost_centre)
  )`,
  `CREATE TABLE inventory.issue_values (
    issue_id uuid PRIMARY KEY,
    destination text NOT NULL,
    cost_centre text NOT NULL DEFAULT '',
    quantity integer NOT NULL,
    value bigint NOT NULL,
    currency text
  )`,
  `CREATE TABLE inventory.supplier_prices (
    supplier_id uuid NOT NULL,
    item_id uuid NOT NULL,
    unit_price bigint NOT NULL,
    currency text NOT NULL,
    purchase_unit text,
    set_at timestamptz NOT NULL,
    PRIMARY KEY (supplier_id, item_id)
  )`,
  `CREATE INDEX supplier_prices_item_idx ON inventory.supplier_prices (item_id)`,
  `ALTER TABLE inventory.order_lines ADD COLUMN unit_price bigint`,
  `ALTER TABLE inventory.order_lines ADD COLUMN currency text`,
  `ALTER TABLE inventory.order_lines ADD COLUMN purchase_unit text`,
  `ALTER TABLE inventory.order_lines ADD COLUMN units_of_issue integer`,
  `ALTER TABLE inventory.order_lines ADD COLUMN ordered_in_unit integer`,
  `CREATE TABLE inventory.calibrations (
    id uuid PRIMARY KEY,
    asset_id uuid NOT NULL,
    calibrated_on date NOT NULL,
    result text NOT NULL,
    next_due_on date,
    certificate_ref text,
    note text,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL
  )`,
  `CREATE INDEX calibrations_asset_idx ON inventory.calibrations (asset_id, calibrated_on DESC)`,
  `CREATE TABLE inventory.work_order_parts (
    position bigint PRIMARY KEY,
    work_order_id uuid NOT NULL,
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    quantity integer NOT NULL,
    value bigint NOT NULL DEFAULT 0,
    currency text,
    at timestamptz NOT NULL
  )`,
  `CREATE INDEX work_order_parts_order_idx ON inventory.work_order_parts (work_order_id)`,
  `CREATE TABLE inventory.purchase_units (
    item_id uuid NOT NULL,
    unit text NOT NULL,
    units_of_issue integer NOT NULL,
    PRIMARY KEY (item_id, unit)
  )`,
]);
