import type {
  CountBody,
  IssueBody,
  ReceiptBody,
  ReorderLevelBody,
  TransferStockBody,
  WriteOffBody,
} from '$lib/api/types';
import { messages as msg } from '../messages';

/**
 * The bodies of the stock commands, built from what the forms hold. What the server would refuse as malformed
 * (no location, a quantity of 0, a medicine without its lot) is said here, next to the form, before sending;
 * what depends on the stock (not enough of it) is the server's to decide.
 */
export type Built<B> = { readonly ok: true; readonly body: B } | { readonly ok: false; readonly error: string };

const ok = <B>(body: B): Built<B> => ({ ok: true, body });
const refuse = <B>(error: string): Built<B> => ({ ok: false, error });

/** A whole number of at least `min` from a form field (number inputs give a number, or null when empty). */
export function wholeNumber(value: unknown, min: number): number | null {
  const n =
    typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : typeof value === 'number' ? value : NaN;
  return Number.isInteger(n) && n >= min && n <= 10_000_000 ? n : null;
}

/** Trimmed text, or undefined when blank (optional fields are left out of the body). */
export function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

interface ItemRef {
  readonly id: string;
  readonly tracksLots: boolean;
}

export function issueBody(
  itemId: string,
  f: { locationId: string; quantity: unknown; issuedTo: string },
): Built<IssueBody> {
  if (!f.locationId) return refuse(msg.inventory.needLocation);
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return refuse(msg.inventory.needQuantity);
  const issuedTo = text(f.issuedTo);
  if (!issuedTo) return refuse(msg.inventory.needIssuedTo);
  return ok({ itemId, locationId: f.locationId, quantity, issuedTo });
}

export function transferBody(
  itemId: string,
  f: { fromLocationId: string; toLocationId: string; quantity: unknown },
): Built<TransferStockBody> {
  if (!f.fromLocationId || !f.toLocationId) return refuse(msg.inventory.needLocation);
  if (f.fromLocationId === f.toLocationId) return refuse(msg.inventory.needDifferentLocations);
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return refuse(msg.inventory.needQuantity);
  return ok({ itemId, fromLocationId: f.fromLocationId, toLocationId: f.toLocationId, quantity });
}

/**
 * A receipt names its lot and expiry date when the item is kept by lot, and never otherwise (the server refuses both).
 */
export function receiptBody(
  item: ItemRef,
  f: { locationId: string; quantity: unknown; lot: string; expiresOn: string; supplier: string },
): Built<ReceiptBody> {
  if (!f.locationId) return refuse(msg.inventory.needLocation);
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return refuse(msg.inventory.needQuantity);
  const lot = text(f.lot);
  const expiresOn = text(f.expiresOn);
  if (item.tracksLots && (!lot || !expiresOn)) return refuse(msg.inventory.needLot);
  const supplier = text(f.supplier);
  return ok({
    itemId: item.id,
    locationId: f.locationId,
    quantity,
    ...(item.tracksLots ? { lot, expiresOn } : {}),
    ...(supplier ? { supplier } : {}),
  });
}

/** A count of a lot item names the lot; the expiry date only matters for a lot found that the store did not know. */
export function countBody(
  item: ItemRef,
  f: { locationId: string; lot: string; expiresOn: string; counted: unknown; reason: string },
): Built<CountBody> {
  if (!f.locationId) return refuse(msg.inventory.needLocation);
  const counted = wholeNumber(f.counted, 0);
  if (counted === null) return refuse(msg.inventory.needCount);
  const lot = text(f.lot);
  if (item.tracksLots && !lot) return refuse(msg.inventory.needLotName);
  const expiresOn = text(f.expiresOn);
  const reason = text(f.reason);
  return ok({
    itemId: item.id,
    locationId: f.locationId,
    counted,
    ...(item.tracksLots ? { lot, ...(expiresOn ? { expiresOn } : {}) } : {}),
    ...(reason ? { reason } : {}),
  });
}

export function writeOffBody(
  item: ItemRef,
  f: { locationId: string; lot: string; quantity: unknown; reason: string; note: string },
): Built<WriteOffBody> {
  if (!f.locationId) return refuse(msg.inventory.needLocation);
  const lot = text(f.lot);
  if (item.tracksLots && !lot) return refuse(msg.inventory.needLotName);
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return refuse(msg.inventory.needQuantity);
  if (!['expired', 'damaged', 'recalled', 'lost'].includes(f.reason)) return refuse(msg.inventory.needReason);
  const note = text(f.note);
  return ok({
    itemId: item.id,
    locationId: f.locationId,
    quantity,
    reason: f.reason as WriteOffBody['reason'],
    ...(item.tracksLots ? { lot } : {}),
    ...(note ? { note } : {}),
  });
}

export function reorderBody(f: {
  locationId: string;
  reorderLevel: unknown;
  reorderQuantity: unknown;
}): Built<ReorderLevelBody> {
  if (!f.locationId) return refuse(msg.inventory.needLocation);
  const reorderLevel = wholeNumber(f.reorderLevel, 0);
  const reorderQuantity = wholeNumber(f.reorderQuantity, 1);
  if (reorderLevel === null || reorderQuantity === null) return refuse(msg.inventory.needLevel);
  return ok({ reorderLevel, reorderQuantity });
}
