import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { ItemDefined, ItemDiscontinued } from '../../contracts/events';
import type { ItemCategory } from '../../contracts/schemas';
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
  }
>;
export type DiscontinueItemCommand = Command<'inventory.DiscontinueItem', { itemId: string; reason: string }>;
export type ItemCommand = DefineItemCommand | DiscontinueItemCommand;

export interface ItemState {
  readonly defined: boolean;
  readonly code: string;
  readonly name: string;
  readonly category: ItemCategory;
  readonly unit: string;
  readonly tracksLots: boolean;
  readonly discontinued: boolean;
}

const initialState = (): ItemState => ({
  defined: false,
  code: '',
  name: '',
  category: 'supply',
  unit: '',
  tracksLots: false,
  discontinued: false,
});

export function decide(command: ItemCommand, state: ItemState): ItemEvent[] {
  const recorded = { at: command.meta.now, by: command.meta.actorId };
  switch (command.type) {
    case 'inventory.DefineItem': {
      const { tracksLots, ...item } = command.data;
      // A medicine is always kept by lot and expiry date: recalls and expiry are traced by lot.
      return [
        {
          type: 'inventory.ItemDefined',
          data: { ...recorded, ...item, tracksLots: item.category === 'medicine' || tracksLots === true },
        },
      ];
    }
    case 'inventory.DiscontinueItem': {
      if (!state.defined) throw new NotFoundError(ITEM_NOT_FOUND, { itemId: command.data.itemId });
      if (state.discontinued) throw new InvariantViolation(ITEM_DISCONTINUED, { itemId: command.data.itemId });
      return [{ type: 'inventory.ItemDiscontinued', data: { ...recorded, ...command.data } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: ItemState, event: ItemEvent): ItemState {
  switch (event.type) {
    case 'inventory.ItemDefined': {
      const { code, name, category, unit, tracksLots } = event.data;
      return { ...state, defined: true, code, name, category, unit, tracksLots };
    }
    case 'inventory.ItemDiscontinued':
      return { ...state, discontinued: true };
    default:
      return assertNever(event);
  }
}

export const itemDecider: Decider<ItemState, ItemCommand, ItemEvent> = { initialState, decide, evolve };
