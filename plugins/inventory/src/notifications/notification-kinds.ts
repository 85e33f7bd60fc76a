import { defineNotificationKind } from '@hms/sdk';

/** Stock of an item in a store at or below its reorder level. */
export const lowStockNotification = defineNotificationKind({
  name: 'inventory.low-stock',
  title: 'Stock below reorder level',
  description: 'An item in a store is at or below its reorder level: order more, or move stock from another store.',
  severity: 'warning',
  channels: ['email'],
});

/** A lot that expires within the horizon (the plugin's `expiryHorizonDays`). */
export const expiringLotNotification = defineNotificationKind({
  name: 'inventory.lot-expiring',
  title: 'Lot expiring soon',
  description: 'A lot in a store expires within the horizon: issue it first, or move it where it will be used.',
  severity: 'info',
});

/** A lot past its expiry date still counted on a store's shelf. */
export const expiredStockNotification = defineNotificationKind({
  name: 'inventory.expired-stock',
  title: 'Expired stock on the shelf',
  description: 'A lot past its expiry date is still on a shelf: take it out and write it off.',
  severity: 'critical',
  channels: ['email'],
});

/** A purchase order still open past the plugin's `orderOverdueDays`. */
export const overdueOrderNotification = defineNotificationKind({
  name: 'inventory.order-overdue',
  title: 'Purchase order overdue',
  description: 'A purchase order is still open well after it was raised: chase the supplier, or cancel it.',
  severity: 'warning',
});

/** A maintenance plan of an asset in use due within `maintenanceDueDays`, or already overdue. */
export const maintenanceDueNotification = defineNotificationKind({
  name: 'inventory.maintenance-due',
  title: 'Equipment maintenance due',
  description:
    'Preventive maintenance of a piece of equipment is due soon or overdue: open a work order and do it, then complete it.',
  severity: 'warning',
  channels: ['email'],
});

/** The warranty of an asset in use ends within `warrantyHorizonDays`. */
export const warrantyEndingNotification = defineNotificationKind({
  name: 'inventory.warranty-ending',
  title: 'Equipment warranty ending',
  description:
    "A piece of equipment's warranty ends soon: have faults repaired under it, or arrange a service contract.",
  severity: 'info',
});

/** 1.5: an asset's next calibration is due within `calibrationDueDays`, or overdue. */
export const calibrationDueNotification = defineNotificationKind({
  name: 'inventory.calibration-due',
  title: 'Equipment calibration due',
  description:
    'A piece of equipment is due for calibration soon or overdue: have it calibrated and record the result with its certificate.',
  severity: 'warning',
  channels: ['email'],
});

export const INVENTORY_NOTIFICATION_KINDS = [
  lowStockNotification,
  expiringLotNotification,
  expiredStockNotification,
  overdueOrderNotification,
  maintenanceDueNotification,
  warrantyEndingNotification,
  calibrationDueNotification,
] as const;
