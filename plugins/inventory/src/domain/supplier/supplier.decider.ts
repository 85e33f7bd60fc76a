import { assertNever, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { Cost } from '../../contracts/equipment-schemas';
import type { SupplierDefined } from '../../contracts/equipment-events';
import type { SupplierPriceSet } from '../../contracts/purchasing-events';
import { SUPPLIER_NOT_FOUND } from '../../errors';
import { defined } from '../defined';

export type SupplierEvent =
  | { type: 'inventory.SupplierDefined'; data: DataOf<typeof SupplierDefined> }
  | { type: 'inventory.SupplierPriceSet'; data: DataOf<typeof SupplierPriceSet> };
export type DefineSupplierCommand = Command<
  'inventory.DefineSupplier',
  { supplierId: string; name: string; contact?: string; leadTimeDays: number }
>;
/** 1.5: the handler has checked the item and that it is bought in the purchase unit named. */
export type SetSupplierPriceCommand = Command<
  'inventory.SetSupplierPrice',
  { supplierId: string; itemId: string; unitPrice: Cost; purchaseUnit?: string }
>;
export type SupplierCommand = DefineSupplierCommand | SetSupplierPriceCommand;

/** A supplier's price for an item: per purchase unit when one is named, else per unit of issue. */
export interface SupplierPrice {
  readonly unitPrice: Cost;
  readonly purchaseUnit?: string;
}

export type SupplierState =
  | { readonly status: 'none' }
  | {
      readonly status: 'defined';
      readonly name: string;
      readonly leadTimeDays: number;
      /** 1.5: the price list, by item id. */
      readonly prices?: Readonly<Record<string, SupplierPrice>>;
    };

export const initialState = (): SupplierState => ({ status: 'none' });

export function decide(command: SupplierCommand, state: SupplierState): SupplierEvent[] {
  switch (command.type) {
    case 'inventory.DefineSupplier':
      return defineSupplier(command);
    case 'inventory.SetSupplierPrice':
      return setSupplierPrice(command, state);
    default:
      return assertNever(command);
  }
}

// The name is kept unique by the handler against the supplier master, so a definition is always accepted here.
function defineSupplier({ data, meta }: DefineSupplierCommand): SupplierEvent[] {
  return [{ type: 'inventory.SupplierDefined', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

// A new price replaces the one before (orders already raised keep theirs); the same price again records nothing.
function setSupplierPrice({ data, meta }: SetSupplierPriceCommand, state: SupplierState): SupplierEvent[] {
  if (state.status === 'none') throw new NotFoundError(SUPPLIER_NOT_FOUND, { supplierId: data.supplierId });
  const current = state.prices?.[data.itemId];
  if (current && samePrice(current, data)) return [];
  return [{ type: 'inventory.SupplierPriceSet', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

const samePrice = (a: SupplierPrice, b: SupplierPrice): boolean =>
  a.unitPrice.amount === b.unitPrice.amount &&
  a.unitPrice.currency === b.unitPrice.currency &&
  (a.purchaseUnit ?? '').toLowerCase() === (b.purchaseUnit ?? '').toLowerCase();

export function evolve(state: SupplierState, event: SupplierEvent): SupplierState {
  switch (event.type) {
    case 'inventory.SupplierDefined':
      return { status: 'defined', name: event.data.name, leadTimeDays: event.data.leadTimeDays };
    case 'inventory.SupplierPriceSet': {
      if (state.status === 'none') return state;
      const { itemId, unitPrice, purchaseUnit } = event.data;
      const price: SupplierPrice = purchaseUnit === undefined ? { unitPrice } : { unitPrice, purchaseUnit };
      return { ...state, prices: { ...state.prices, [itemId]: price } };
    }
    default:
      return assertNever(event);
  }
}

export const supplierDecider: Decider<SupplierState, SupplierCommand, SupplierEvent> = {
  initialState,
  decide,
  evolve,
};
