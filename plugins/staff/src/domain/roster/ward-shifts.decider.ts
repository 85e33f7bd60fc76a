import type { Command, DataOf, Decider, DomainEvent } from '@hms/sdk';
import type { DefineWardShifts, ShiftTypeInput, WardShiftsDefined } from '../../contracts/ward-shifts.contracts';
import { recordedBy } from '../defined';

export type DefineWardShiftsCommand = Command<'staff.DefineWardShifts', DataOf<typeof DefineWardShifts>>;
export type WardShiftsEvent = DomainEvent<'staff.WardShiftsDefined', DataOf<typeof WardShiftsDefined>>;
export type WardShiftsState =
  | { readonly status: 'none' }
  | { readonly status: 'defined'; readonly timeZone: string; readonly shiftTypes: readonly ShiftTypeInput[] };

export const initialState = (): WardShiftsState => ({ status: 'none' });

/** Defining the same set again records nothing: a screen saved twice leaves one fact. */
export function decide({ data, meta }: DefineWardShiftsCommand, state: WardShiftsState): WardShiftsEvent[] {
  if (
    state.status === 'defined' &&
    state.timeZone === data.timeZone &&
    JSON.stringify(state.shiftTypes) === JSON.stringify(data.shiftTypes)
  ) {
    return [];
  }
  return [{ type: 'staff.WardShiftsDefined', data: { ...recordedBy(meta), ...data } }];
}

export function evolve(_state: WardShiftsState, event: WardShiftsEvent): WardShiftsState {
  return { status: 'defined', timeZone: event.data.timeZone, shiftTypes: event.data.shiftTypes };
}

export const wardShiftsDecider: Decider<WardShiftsState, DefineWardShiftsCommand, WardShiftsEvent> = {
  initialState,
  decide,
  evolve,
};
