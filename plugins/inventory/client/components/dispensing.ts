import type { DispenseBody, ReturnDispensedBody, StockItem } from '$lib/api/types';
import { messages as msg } from '../messages';
import { text, wholeNumber, type Built } from './requests';

/**
 * The pharmacy's forms, built from what they hold: what the server would refuse as malformed is said here, before
 * sending; more than prescribed, than in stock, or than was dispensed is the server's to decide (it knows).
 */
export function dispenseBody(f: { itemId: string; locationId: string; quantity: unknown }): Built<DispenseBody> {
  if (!f.itemId) return { ok: false, error: msg.pharmacy.needItem };
  if (!f.locationId) return { ok: false, error: msg.pharmacy.needLocation };
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return { ok: false, error: msg.pharmacy.needQuantity };
  return { ok: true, body: { itemId: f.itemId, locationId: f.locationId, quantity } };
}

export function returnBody(f: { dispenseId: string; quantity: unknown; reason: string }): Built<ReturnDispensedBody> {
  const quantity = wholeNumber(f.quantity, 1);
  if (quantity === null) return { ok: false, error: msg.pharmacy.needQuantity };
  const reason = text(f.reason);
  if (!reason) return { ok: false, error: msg.pharmacy.needReason };
  return { ok: true, body: { dispenseId: f.dispenseId, quantity, reason } };
}

/** The medicines a prescription may be dispensed from: on the formulary first, then by name. */
export function dispensableMedicines(items: readonly StockItem[]): StockItem[] {
  return items
    .filter((i) => i.category === 'medicine' && i.onHand > 0)
    .sort((a, b) => Number(b.formulary === true) - Number(a.formulary === true) || a.name.localeCompare(b.name));
}

/** "6 of B2 (to 2026-04-30), 2 of C3 (to 2027-01-31)". */
export function describeLots(
  lots: readonly { lot: string | null; expiresOn: string | null; quantity: number }[],
): string {
  return lots.map((l) => msg.pharmacy.lotTaken(l.quantity, l.lot ?? '—', l.expiresOn)).join(', ');
}
