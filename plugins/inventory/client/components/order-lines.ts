import type { DeliveryBody, PurchaseOrderView, RaiseOrderBody } from '$lib/api/types';
import { messages as msg } from '../messages';
import { text, wholeNumber, type Built } from './requests';

/** A line of the "Raise order" form as the user fills it in (the quantity may still be empty). */
export interface DraftLine {
  itemId: string;
  quantity: number | null;
}

/**
 * The order's lines: blank lines dropped, and an item entered twice becomes one line with both quantities (the
 * server takes each item once per order; two lines for one item are one need, not a mistake to refuse).
 */
export function mergeLines(lines: readonly DraftLine[]): { itemId: string; quantity: number }[] | null {
  const merged = new Map<string, number>();
  for (const line of lines) {
    if (!line.itemId && (line.quantity === null || line.quantity === 0)) continue;
    const quantity = wholeNumber(line.quantity, 1);
    if (!line.itemId || quantity === null) return null;
    merged.set(line.itemId, (merged.get(line.itemId) ?? 0) + quantity);
  }
  return [...merged].map(([itemId, quantity]) => ({ itemId, quantity }));
}

export function orderBody(f: {
  supplier: string;
  locationId: string;
  note: string;
  lines: readonly DraftLine[];
}): Built<RaiseOrderBody> {
  const supplier = text(f.supplier);
  if (!supplier) return { ok: false, error: msg.inventory.needSupplier };
  if (!f.locationId) return { ok: false, error: msg.inventory.needLocation };
  const lines = mergeLines(f.lines);
  if (!lines || lines.length === 0) return { ok: false, error: msg.inventory.needLines };
  const note = text(f.note);
  return { ok: true, body: { supplier, locationId: f.locationId, lines, ...(note ? { note } : {}) } };
}

/** What arrived of one outstanding line, as the "Receive delivery" form holds it. */
export interface DeliveryDraft {
  readonly itemId: string;
  readonly tracksLots: boolean;
  quantity: number | null;
  lot: string;
  expiresOn: string;
}

/** The lines still expected: those with something outstanding (a completed line takes no delivery). */
export function outstandingLines(order: Pick<PurchaseOrderView, 'lines'>): PurchaseOrderView['lines'] {
  return order.lines.filter((line) => line.outstanding > 0);
}

/** One draft per outstanding line, filled with what is outstanding: a full delivery is the common case. */
export function deliveryDrafts(
  order: Pick<PurchaseOrderView, 'lines'>,
  tracksLots: (itemId: string) => boolean,
): DeliveryDraft[] {
  return outstandingLines(order).map((line) => ({
    itemId: line.item.id,
    tracksLots: tracksLots(line.item.id),
    quantity: line.outstanding,
    lot: '',
    expiresOn: '',
  }));
}

/** The delivery: lines with nothing arrived are left out; a lot item needs its lot and expiry date. */
export function deliveryBody(drafts: readonly DeliveryDraft[], deliveryNote: string): Built<DeliveryBody> {
  const lines: DeliveryBody['lines'] = [];
  for (const draft of drafts) {
    if (draft.quantity === null || draft.quantity === 0) continue;
    const quantity = wholeNumber(draft.quantity, 1);
    if (quantity === null) return { ok: false, error: msg.inventory.needQuantity };
    const lot = text(draft.lot);
    const expiresOn = text(draft.expiresOn);
    if (draft.tracksLots && (!lot || !expiresOn)) return { ok: false, error: msg.inventory.needLot };
    lines.push({ itemId: draft.itemId, quantity, ...(draft.tracksLots ? { lot, expiresOn } : {}) });
  }
  if (lines.length === 0) return { ok: false, error: msg.inventory.needDelivered };
  const note = text(deliveryNote);
  return { ok: true, body: { lines, ...(note ? { deliveryNote: note } : {}) } };
}
