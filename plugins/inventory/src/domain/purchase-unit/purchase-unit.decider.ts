import { assertNever, InvariantViolation, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { PurchaseUnitDefined } from '../../contracts/purchasing-events';
import { PURCHASE_UNIT_CHANGED, PURCHASE_UNIT_UNKNOWN } from '../../errors';

export type PurchaseUnitEvent = { type: 'inventory.PurchaseUnitDefined'; data: DataOf<typeof PurchaseUnitDefined> };
export type DefinePurchaseUnitCommand = Command<
  'inventory.DefinePurchaseUnit',
  { itemId: string; unit: string; unitsOfIssue: number }
>;
export type PurchaseUnitCommand = DefinePurchaseUnitCommand;

/** The units an item is bought in, by name (case kept as first written, compared without case). */
export interface PurchaseUnitsState {
  readonly status: 'none' | 'defined';
  readonly units: Readonly<Record<string, { readonly unit: string; readonly unitsOfIssue: number }>>;
}

export const initialState = (): PurchaseUnitsState => ({ status: 'none', units: {} });

const keyOf = (unit: string): string => unit.trim().toLowerCase();

export function decide(command: PurchaseUnitCommand, state: PurchaseUnitsState): PurchaseUnitEvent[] {
  switch (command.type) {
    case 'inventory.DefinePurchaseUnit':
      return definePurchaseUnit(command, state);
    default:
      return assertNever(command.type);
  }
}

// A box of 10 stays a box of 10: orders and deliveries keep the conversion they were made with, and a unit whose
// content changed is a new unit ("box of 12"). Defining the same unit again is a no-op, so a retry is harmless.
function definePurchaseUnit({ data, meta }: DefinePurchaseUnitCommand, state: PurchaseUnitsState): PurchaseUnitEvent[] {
  const known = state.units[keyOf(data.unit)];
  if (known && known.unitsOfIssue === data.unitsOfIssue) return [];
  if (known) {
    throw new InvariantViolation(
      PURCHASE_UNIT_CHANGED,
      { itemId: data.itemId, unitsOfIssue: known.unitsOfIssue },
      { message: `"${known.unit}" already holds ${known.unitsOfIssue}; name a new unit for another content.` },
    );
  }
  return [{ type: 'inventory.PurchaseUnitDefined', data: { at: meta.now, by: meta.actorId, ...data } }];
}

export function evolve(state: PurchaseUnitsState, event: PurchaseUnitEvent): PurchaseUnitsState {
  switch (event.type) {
    case 'inventory.PurchaseUnitDefined': {
      const { unit, unitsOfIssue } = event.data;
      return { status: 'defined', units: { ...state.units, [keyOf(unit)]: { unit, unitsOfIssue } } };
    }
    default:
      return assertNever(event.type);
  }
}

/** How many units of issue one `unit` holds; refused when the item is not bought in that unit. */
export function unitsOfIssueIn(state: PurchaseUnitsState, itemId: string, unit: string): number {
  const known = state.units[keyOf(unit)];
  if (!known) {
    throw new InvariantViolation(
      PURCHASE_UNIT_UNKNOWN,
      { itemId },
      { message: `This item is not bought in "${unit}"; define the purchase unit first.` },
    );
  }
  return known.unitsOfIssue;
}

export const purchaseUnitDecider: Decider<PurchaseUnitsState, PurchaseUnitCommand, PurchaseUnitEvent> = {
  initialState,
  decide,
  evolve,
};
