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
