import { assertNever, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { SupplierDefined } from '../../contracts/equipment-events';
import { defined } from '../defined';

export type SupplierEvent = { type: 'inventory.SupplierDefined'; data: DataOf<typeof SupplierDefined> };
export type DefineSupplierCommand = Command<
  'inventory.DefineSupplier',
  { supplierId: string; name: string; contact?: string; leadTimeDays: number }
>;
export type SupplierCommand = DefineSupplierCommand;

export type SupplierState =
  { readonly status: 'none' } | { readonly status: 'defined'; readonly name: string; readonly leadTimeDays: number };

export const initialState = (): SupplierState => ({ status: 'none' });

export function decide(command: SupplierCommand, _state: SupplierState): SupplierEvent[] {
  switch (command.type) {
    case 'inventory.DefineSupplier':
      return defineSupplier(command);
    default:
      return assertNever(command.type);
  }
}

// The name is kept unique by the handler against the supplier master, so a definition is always accepted here.
function defineSupplier({ data, meta }: DefineSupplierCommand): SupplierEvent[] {
  return [{ type: 'inventory.SupplierDefined', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

export function evolve(_state: SupplierState, event: SupplierEvent): SupplierState {
  switch (event.type) {
    case 'inventory.SupplierDefined':
      return { status: 'defined', name: event.data.name, leadTimeDays: event.data.leadTimeDays };
    default:
      return assertNever(event.type);
  }
}

export const supplierDecider: Decider<SupplierState, SupplierCommand, SupplierEvent> = {
  initialState,
  decide,
  evolve,
};
