/** What a hospital may set with `inventoryPlugin.configure({ … })`. */
export interface InventoryOptions {
  /** Days before a lot's expiry date from which it is announced as expiring (default 30). */
  readonly expiryHorizonDays: number;
  /** Days after it was raised from which a purchase order still open is overdue (default 14). */
  readonly orderOverdueDays: number;
  /** The role whose members receive the stores' alerts (default `storekeeper`, the suggested role). */
  readonly alertRole: string;
}

export const INVENTORY_DEFAULT_OPTIONS: InventoryOptions = {
  expiryHorizonDays: 30,
  orderOverdueDays: 14,
  alertRole: 'storekeeper',
};

/** The options in force: the configured values over the defaults. */
export function inventoryOptions(options: Partial<InventoryOptions>): InventoryOptions {
  return { ...INVENTORY_DEFAULT_OPTIONS, ...options };
}
