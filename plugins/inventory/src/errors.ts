/**
 * The codes this plugin raises, with the SDK's error classes (the kernel maps them to problem+json). Details carry
 * ids, codes and quantities only.
 */

/** NotFoundError (404): no such item, location or purchase order. Details: its id. */
export const ITEM_NOT_FOUND = 'ITEM_NOT_FOUND';
export const LOCATION_NOT_FOUND = 'LOCATION_NOT_FOUND';
export const ORDER_NOT_FOUND = 'ORDER_NOT_FOUND';
/** No issue to a patient with this id (issues to a ward alone are not reversed; receive the stock back). */
export const ISSUE_NOT_FOUND = 'ISSUE_NOT_FOUND';
/** InvariantViolation (422): the issue was already reversed. Details: `{ issueId }`. */
export const ISSUE_ALREADY_REVERSED = 'ISSUE_ALREADY_REVERSED';
/** InvariantViolation (422): an encounter is named only with the patient it belongs to. */
export const ENCOUNTER_WITHOUT_PATIENT = 'ENCOUNTER_WITHOUT_PATIENT';
/**
 * ConflictError (409): another item or location already has this code. Details: `{ code, itemId }` / `{ code,
 * locationId }`.
 */
export const ITEM_CODE_TAKEN = 'ITEM_CODE_TAKEN';
export const LOCATION_CODE_TAKEN = 'LOCATION_CODE_TAKEN';
/** InvariantViolation (422): the item was discontinued: it is no longer ordered or received. Details: `{ itemId }`. */
export const ITEM_DISCONTINUED = 'ITEM_DISCONTINUED';
/**
 * InvariantViolation (422): not enough usable stock (expired lots do not count). Details: `{ itemId, locationId,
 * requested, available }` and `lot` when one lot was named.
 */
export const INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK';
/**
 * InvariantViolation (422): the item is kept by lot: a receipt or count names the lot and its expiry date. Details: `{
 * itemId }`.
 */
export const LOT_REQUIRED = 'LOT_REQUIRED';
/** InvariantViolation (422): the item is not kept by lot, so no lot may be named. Details: `{ itemId }`. */
export const LOT_NOT_TRACKED = 'LOT_NOT_TRACKED';
/** InvariantViolation (422): this lot is already held with another expiry date. Details: `{ lot, expiresOn }`. */
export const LOT_EXPIRY_MISMATCH = 'LOT_EXPIRY_MISMATCH';
/** InvariantViolation (422): the lot's expiry date has passed; it cannot be received. Details: `{ lot, expiresOn }`. */
export const EXPIRED_ON_ARRIVAL = 'EXPIRED_ON_ARRIVAL';
/** InvariantViolation (422): stock cannot be moved to the location it is at. Details: `{ locationId }`. */
export const SAME_LOCATION = 'SAME_LOCATION';
/** InvariantViolation (422): the order is complete or cancelled. Details: `{ orderId, status }`. */
export const ORDER_CLOSED = 'ORDER_CLOSED';
/** InvariantViolation (422): a delivered item is not on the order. Details: `{ orderId, itemId }`. */
export const ITEM_NOT_ON_ORDER = 'ITEM_NOT_ON_ORDER';
/**
 * InvariantViolation (422): more was delivered than is still outstanding. Details: `{ orderId, itemId, outstanding,
 * delivered }`.
 */
export const OVER_DELIVERY = 'OVER_DELIVERY';

// The equipment register, work orders and suppliers.

/** NotFoundError (404): no such asset, maintenance plan, work order or supplier. Details: its id. */
export const ASSET_NOT_FOUND = 'ASSET_NOT_FOUND';
export const MAINTENANCE_PLAN_NOT_FOUND = 'MAINTENANCE_PLAN_NOT_FOUND';
export const WORK_ORDER_NOT_FOUND = 'WORK_ORDER_NOT_FOUND';
export const SUPPLIER_NOT_FOUND = 'SUPPLIER_NOT_FOUND';
/** ConflictError (409): this manufacturer's serial number is already in the register. Details: `{ assetId }`. */
export const ASSET_SERIAL_TAKEN = 'ASSET_SERIAL_TAKEN';
/** ConflictError (409): another supplier already has this name. Details: `{ supplierId }`. */
export const SUPPLIER_NAME_TAKEN = 'SUPPLIER_NAME_TAKEN';
/** InvariantViolation (422): the asset was retired; nothing more is done to it. Details: `{ assetId }`. */
export const ASSET_RETIRED = 'ASSET_RETIRED';
/** InvariantViolation (422): the asset already has this status. Details: `{ assetId, status }`. */
export const ASSET_STATUS_UNCHANGED = 'ASSET_STATUS_UNCHANGED';
/** InvariantViolation (422): the work order is already done. Details: `{ workOrderId }`. */
export const WORK_ORDER_CLOSED = 'WORK_ORDER_CLOSED';
/** InvariantViolation (422): work cannot be recorded as done on a day still to come. Details: `{ doneOn }`. */
export const DONE_IN_FUTURE = 'DONE_IN_FUTURE';
/**
 * InvariantViolation (422): a purchase order names either a supplier of the master or a supplier in free text, not
 * both and not neither. Details: `{}`.
 */
export const SUPPLIER_REQUIRED = 'SUPPLIER_REQUIRED';
/**
 * InvariantViolation (422): the item is already valued at this store in another currency. Details: `{ itemId,
 * locationId, currency }`.
 */
export const CURRENCY_MISMATCH = 'CURRENCY_MISMATCH';

// Pharmacy dispensing (1.4).

/** NotFoundError (404): no prescription with this id on the pharmacy's worklist. Details: `{ prescriptionId }`. */
export const PRESCRIPTION_NOT_FOUND = 'PRESCRIPTION_NOT_FOUND';
/** NotFoundError (404): no such dispense of this prescription. Details: `{ prescriptionId, dispenseId }`. */
export const DISPENSE_NOT_FOUND = 'DISPENSE_NOT_FOUND';
/** InvariantViolation (422): the prescriber stopped the prescription. Details: `{ prescriptionId }`. */
export const PRESCRIPTION_STOPPED = 'PRESCRIPTION_STOPPED';
/**
 * InvariantViolation (422): more than the prescription's quantity would be with the patient. Details: `{
 * prescriptionId, prescribed, dispensed, requested }`.
 */
export const DISPENSE_EXCEEDS_PRESCRIPTION = 'DISPENSE_EXCEEDS_PRESCRIPTION';
/**
 * InvariantViolation (422): more would come back than the dispense left with the patient. Details: `{
 * prescriptionId, dispenseId, out, requested }`.
 */
export const RETURN_EXCEEDS_DISPENSED = 'RETURN_EXCEEDS_DISPENSED';
/** InvariantViolation (422): only a medicine is dispensed for a prescription. Details: `{ itemId }`. */
export const ITEM_NOT_A_MEDICINE = 'ITEM_NOT_A_MEDICINE';
/** InvariantViolation (422): an issue that dispensed a prescription comes back as a return. Details: `{ issueId }`. */
export const ISSUE_IS_A_DISPENSE = 'ISSUE_IS_A_DISPENSE';
/**
 * InvariantViolation (422, 1.5): a purchase unit keeps its content; another content is another unit. Details:
 * `{ itemId, unitsOfIssue }` (the content it has).
 */
export const PURCHASE_UNIT_CHANGED = 'PURCHASE_UNIT_CHANGED';
/** InvariantViolation (422, 1.5): the item is not bought in the unit named. Details: `{ itemId }`. */
export const PURCHASE_UNIT_UNKNOWN = 'PURCHASE_UNIT_UNKNOWN';
/** InvariantViolation (422, 1.5): no calibration is recorded on a day still to come. Details: `{ calibratedOn }`. */
export const CALIBRATED_IN_FUTURE = 'CALIBRATED_IN_FUTURE';
