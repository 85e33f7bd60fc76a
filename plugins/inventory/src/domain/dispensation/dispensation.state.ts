import type { LotQuantity } from '../../contracts/schemas';

/** One dispense: where it came from and the lots still out with the patient (in the order they were issued). */
export interface DispenseBalance {
  readonly itemId: string;
  readonly locationId: string;
  readonly lots: readonly LotQuantity[];
  /** Units of this dispense not returned. */
  readonly out: number;
}

/** A prescription's dispensing, folded from its stream. */
export type DispensationState =
  | { readonly status: 'none' }
  | {
      readonly status: 'dispensing';
      readonly patientId: string;
      /** Dispensed less returned, over every dispense: what counts against the prescribed quantity. */
      readonly out: number;
      readonly dispenses: Readonly<Record<string, DispenseBalance>>;
    };

export const initialDispensation = (): DispensationState => ({ status: 'none' });

/** What the handler read of the prescription in the worklist (the EHR's order, as projected). */
export interface PrescriptionFacts {
  readonly prescriptionId: string;
  readonly patientId: string;
  /** The units to supply; null when the prescription does not say. */
  readonly prescribed: number | null;
  readonly status: 'active' | 'stopped';
}

/**
 * The lots a return takes back from a dispense: the last issued first (the patient used the earliest-expiring
 * units first, as they were handed over), so what comes back is the latest-expiring.
 */
export function lotsToReturn(dispense: DispenseBalance, quantity: number): LotQuantity[] {
  const taken: LotQuantity[] = [];
  let left = quantity;
  for (const lot of [...dispense.lots].reverse()) {
    if (left === 0) break;
    const back = Math.min(lot.quantity, left);
    if (back > 0) taken.push({ ...lot, quantity: back });
    left -= back;
  }
  return taken;
}

/** The lots still out after `returned` came back (lots that reach zero are dropped). */
export function lotsAfterReturn(lots: readonly LotQuantity[], returned: readonly LotQuantity[]): LotQuantity[] {
  return lots
    .map((lot) => {
      const back = returned.filter((r) => r.lot === lot.lot).reduce((sum, r) => sum + r.quantity, 0);
      return { ...lot, quantity: lot.quantity - back };
    })
    .filter((lot) => lot.quantity > 0);
}
