import { assertNever, type Command, type DataOf, type Decider } from '@hms/sdk';
import type { LocationDefined } from '../../contracts/events';

export type LocationEvent = { type: 'inventory.LocationDefined'; data: DataOf<typeof LocationDefined> };
export type DefineLocationCommand = Command<
  'inventory.DefineLocation',
  { locationId: string; code: string; name: string }
>;
export type LocationCommand = DefineLocationCommand;

export type LocationState =
  { readonly status: 'none' } | { readonly status: 'defined'; readonly code: string; readonly name: string };

export const initialState = (): LocationState => ({ status: 'none' });

export function decide(command: LocationCommand, _state: LocationState): LocationEvent[] {
  switch (command.type) {
    case 'inventory.DefineLocation':
      return defineLocation(command);
    default:
      return assertNever(command.type);
  }
}

// A location's code is kept unique by the handler against the catalogue, so defining one is always accepted here.
function defineLocation({ data, meta }: DefineLocationCommand): LocationEvent[] {
  return [{ type: 'inventory.LocationDefined', data: { at: meta.now, by: meta.actorId, ...data } }];
}

export function evolve(_state: LocationState, event: LocationEvent): LocationState {
  switch (event.type) {
    case 'inventory.LocationDefined':
      return { status: 'defined', code: event.data.code, name: event.data.name };
    default:
      return assertNever(event.type);
  }
}

export const locationDecider: Decider<LocationState, LocationCommand, LocationEvent> = {
  initialState,
  decide,
  evolve,
};
