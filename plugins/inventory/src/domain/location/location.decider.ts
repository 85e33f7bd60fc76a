import { type Command, type DataOf, type Decider } from '@hms/sdk';
import type { LocationDefined } from '../../contracts/events';

export type LocationEvent = { type: 'inventory.LocationDefined'; data: DataOf<typeof LocationDefined> };
export type DefineLocationCommand = Command<
  'inventory.DefineLocation',
  { locationId: string; code: string; name: string }
>;

export interface LocationState {
  readonly defined: boolean;
  readonly code: string;
  readonly name: string;
}

export const locationDecider: Decider<LocationState, DefineLocationCommand, LocationEvent> = {
  initialState: () => ({ defined: false, code: '', name: '' }),
  decide: (command) => [
    { type: 'inventory.LocationDefined', data: { at: command.meta.now, by: command.meta.actorId, ...command.data } },
  ],
  evolve: (_state, event) => ({ defined: true, code: event.data.code, name: event.data.name }),
};
