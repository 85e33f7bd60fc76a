import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { ItemDefined, ItemDiscontinued } from '../../contracts/events';
import type { DrugCode, ItemCategory } from '../../contracts/schemas';
import { defined } from '../defined';
import { ITEM_DISCONTINUED, ITEM_NOT_FOUND } from '../../errors';

export type ItemEvent =
  | { type: 'inventory.ItemDefined'; data: DataOf<typeof ItemDefined> }
  | { type: 'inventory.ItemDiscontinued'; data: DataOf<typeof ItemDiscontinued> };

export type DefineItemCommand = Command<
  'inventory.DefineItem',
  {
    itemId: string;
    code: string;
    name: string;
    category: ItemCategory;
    unit: string;
    tracksLots?: boolean;
    drugCode?: DrugCode;
    formulary?: boolean;
  }
>;
export type DiscontinueItemCommand = Command<'inventory.DiscontinueItem', { itemId: string; reason: string }>;
export type ItemCommand = DefineItemCommand | DiscontinueItemCommand;

/** A catalogue item as it was defined; `discontinued` once it is no longer ordered or received. */
export interface CatalogueItem {
  readonly status: 'active' | 'discontinued';
  readonly code: string;
  readonly name: string;
  readonly category: ItemCategory;
  readonly unit: string;
  readonly tracksLots: boolean;
  readonly drugCode: DrugCode | null;
  readonly formulary: boolean | null;
}

export type ItemState = { readonly status: 'none' } | CatalogueItem;

export const initialState = (): ItemState => ({ status: 'none' });

export function decide(command: ItemCommand, state: ItemState): ItemEvent[] {
  switch (command.type) {
    case 'inventory.DefineItem':
      return defineItem(command);
    case 'inventory.DiscontinueItem':
      return discontinueItem(command, state);
    default:
      return assertNever(command);
  }
}

function defineItem({ data, meta }: DefineItemCommand): ItemEvent[] {
  const { tracksLots, ...item } = data;
  // A medicine is always kept by lot and expiry date: recalls and expiry are traced by lot.
  return [
    {
      type: 'inventory.ItemDefined',
      data: defined({
        at: meta.now,
        by: meta.actorId,
        ...item,
        tracksLots: item.category === 'medicine' || tracksLots === true,
      }),
    },
  ];
}

function discontinueItem({ data, meta }: DiscontinueItemCommand, state: ItemState): ItemEvent[] {
  if (state.status === 'none') throw new NotFoundError(ITEM_NOT_FOUND, { itemId: data.itemId });
  if (state.status === 'discontinued') throw new InvariantViolation(ITEM_DISCONTINUED, { itemId: data.itemId });
  return [{ type: 'inventory.ItemDiscontinued', data: { at: meta.now, by: meta.actorId, ...data } }];
}

export function evolve(state: ItemState, event: ItemEvent): ItemState {
  switch (event.type) {
    case 'inventory.ItemDefined': {
      const { code, name, category, unit, tracksLots, drugCode, formulary } = event.data;
      const pharmacy = { drugCode: drugCode ?? null, formulary: formulary ?? null };
      return { status: 'active', code, name, category, unit, tracksLots, ...pharmacy };
    }
    case 'inventory.ItemDiscontinued':
      return state.status === 'none' ? state : { ...state, status: 'discontinued' };
    default:
      return assertNever(event);
  }
}

export const itemDecider: Decider<ItemState, ItemCommand, ItemEvent> = { initialState, decide, evolve };
