import type { StockMovement } from '$lib/api/types';
import { messages as msg } from '../messages';
import { formatDay } from './format';

/**
 * What a stock-card line says beyond its kind and change: where stock came from or went, what a count found,
 * why it was written off, and which lots moved. `locationName` names a location from its id (the card holds ids).
 */
export function movementDetail(movement: StockMovement, locationName: (id: string) => string): string {
  const ref = movement.reference as Record<string, unknown>;
  const str = (key: string) => (typeof ref[key] === 'string' ? (ref[key] as string) : undefined);
  const parts: string[] = [];
  if (movement.kind === 'received') {
    const from = str('fromLocationId');
    const supplier = str('supplier');
    if (from) parts.push(msg.inventory.transferFrom(locationName(from)));
    else if (str('orderId')) parts.push(msg.inventory.onAnOrder);
    else if (supplier) parts.push(msg.inventory.fromSupplier(supplier));
  } else if (movement.kind === 'issued') {
    const to = str('toLocationId');
    const issuedTo = str('issuedTo');
    if (to) parts.push(msg.inventory.transferTo(locationName(to)));
    else if (issuedTo) parts.push(`${msg.inventory.issuedTo}: ${issuedTo}`);
    // An issue to a patient is named by its id only: who it was for is not on the stock card.
    const issueId = str('issueId');
    if (issueId) parts.push(msg.inventory.forPatient(issueId));
  } else if (movement.kind === 'issue-reversed') {
    const issueId = str('issueId');
    if (issueId) parts.push(msg.inventory.forPatient(issueId));
  } else if (movement.kind === 'counted' && typeof ref.counted === 'number' && typeof ref.expected === 'number') {
    parts.push(msg.inventory.countedExpected(ref.counted, ref.expected));
  }
  if (movement.reason && movement.kind === 'written-off') {
    // Kept as "<reason>" or "<reason>: <note>"; the reason is one of the fixed words, shown in the user's words.
    const [reason = '', ...note] = movement.reason.split(': ');
    parts.push([msg.inventory.writeOffReasons[reason] ?? reason, ...note].join(': '));
  } else if (movement.reason) {
    parts.push(movement.reason);
  }
  const lots = movement.lots
    .filter((l) => l.lot !== null)
    .map((l) => (l.expiresOn ? `${l.lot} (${formatDay(l.expiresOn)})` : l.lot));
  if (lots.length > 0) parts.push(`${msg.inventory.lot}: ${lots.join(', ')}`);
  return parts.join(' · ');
}

/** The order id a movement came in on, to link to its purchase order. */
export function movementOrderId(movement: StockMovement): string | undefined {
  const orderId = (movement.reference as Record<string, unknown>).orderId;
  return typeof orderId === 'string' ? orderId : undefined;
}
