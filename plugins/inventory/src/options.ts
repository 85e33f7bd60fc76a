/** What a hospital may set with `inventoryPlugin.configure({ … })`. */
export interface InventoryOptions {
  /** Days before a lot's expiry date from which it is announced as expiring (default 30). */
  readonly expiryHorizonDays: number;
  /** Days after it was raised from which a purchase order still open is overdue (default 14). */
  readonly orderOverdueDays: number;
  /** The role whose members receive the stores' alerts (default `storekeeper`, the suggested role). */
  readonly alertRole: string;
  /** Days before a maintenance plan's due date from which it is announced (default 7); overdue ones always are. */
  readonly maintenanceDueDays: number;
  /** Days before an asset's warranty ends from which it is announced (default 60). */
  readonly warrantyHorizonDays: number;
  /** The role whose members receive the equipment alerts (default `biomedical-engineer`, the suggested role). */
  readonly equipmentAlertRole: string;
  /** 1.5: days before an asset's next calibration from which it is announced (default 14); overdue ones always are. */
  readonly calibrationDueDays: number;
}

export const INVENTORY_DEFAULT_OPTIONS: InventoryOptions = {
  expiryHorizonDays: 30,
  orderOverdueDays: 14,
  alertRole: 'storekeeper',
  maintenanceDueDays: 7,
  warrantyHorizonDays: 60,
  equipmentAlertRole: 'biomedical-engineer',
  calibrationDueDays: 14,
};

/** The options in force: the configured values over the defaults. */
export function inventoryOptions(options: Partial<InventoryOptions>): InventoryOptions {
  return { ...INVENTORY_DEFAULT_OPTIONS, ...options };
}
