import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { BedAdded, BedRemoved, BedRenamed, WardDefined } from '../../contracts/events';
import { BED_LABEL_TAKEN, WARD_ALREADY_DEFINED } from '../../errors';
import { bedNotFound, wardNotFound } from '../refusals';

/** A ward as the handler hands it over: ids of the ward and of each bed already assigned. */
export type DefineWardCommand = Command<
  'adt.DefineWard',
  { wardId: string; code: string; name: string; specialty: string; beds: { bedId: string; label: string }[] }
>;
export type AddBedCommand = Command<'adt.AddBed', { wardId: string; bedId: string; label: string }>;
export type RemoveBedCommand = Command<'adt.RemoveBed', { wardId: string; bedId: string }>;
export type RenameBedCommand = Command<'adt.RenameBed', { wardId: string; bedId: string; label: string }>;
export type WardCommand = DefineWardCommand | AddBedCommand | RemoveBedCommand | RenameBedCommand;

export type WardDefinedEvent = DomainEvent<'patient.WardDefined', DataOf<typeof WardDefined>>;
export type BedAddedEvent = DomainEvent<'patient.BedAdded', DataOf<typeof BedAdded>>;
export type BedRemovedEvent = DomainEvent<'patient.BedRemoved', DataOf<typeof BedRemoved>>;
export type BedRenamedEvent = DomainEvent<'adt.BedRenamed', DataOf<typeof BedRenamed>>;
export type WardEvent = WardDefinedEvent | BedAddedEvent | BedRemovedEvent | BedRenamedEvent;

export type WardState =
  | { readonly status: 'undefined' }
  | {
      readonly status: 'defined';
      readonly wardId: string;
      readonly code: string;
      readonly name: string;
      readonly specialty: string;
      /** The beds the ward lists now: bed id → label, in the order they were added. */
      readonly beds: Readonly<Record<string, string>>;
      /** When each listed bed was added: no admission or transfer into it can be dated earlier. */
      readonly bedsAddedAt: Readonly<Record<string, string>>;
    };

export const initialState = (): WardState => ({ status: 'undefined' });

export function decide(command: WardCommand, state: WardState): WardEvent[] {
  switch (command.type) {
    case 'adt.DefineWard':
      return defineWard(command, state);
    case 'adt.AddBed':
      return addBed(command, state);
    case 'adt.RemoveBed':
      return removeBed(command, state);
    case 'adt.RenameBed':
      return renameBed(command, state);
    default:
      return assertNever(command);
  }
}

function defineWard({ data, meta }: DefineWardCommand, state: WardState): WardEvent[] {
  const { wardId, code, name, specialty } = data;
  // The ward id is new (the handler made it), so a defined state here means a replayed id: refuse, change nothing.
  if (state.status !== 'undefined') throw new InvariantViolation(WARD_ALREADY_DEFINED, { wardId });
  const defined: WardEvent = {
    type: 'patient.WardDefined',
    data: { wardId, code, name, specialty, definedAt: meta.now },
  };
  const beds: WardEvent[] = [];
  let labels: Record<string, string> = {};
  for (const { bedId, label } of data.beds) {
    assertLabelFree(labels, label, wardId);
    labels = { ...labels, [bedId]: label };
    beds.push({ type: 'patient.BedAdded', data: { wardId, bedId, label, addedAt: meta.now } });
  }
  return [defined, ...beds];
}

function addBed({ data, meta }: AddBedCommand, state: WardState): WardEvent[] {
  const { wardId, bedId, label } = data;
  if (state.status !== 'defined') throw wardNotFound(wardId);
  assertLabelFree(state.beds, label, wardId);
  return [{ type: 'patient.BedAdded', data: { wardId, bedId, label, addedAt: meta.now } }];
}

function removeBed({ data, meta }: RemoveBedCommand, state: WardState): WardEvent[] {
  const { wardId, bedId } = data;
  if (state.status !== 'defined') throw wardNotFound(wardId);
  const label = state.beds[bedId];
  if (label === undefined) throw bedNotFound(wardId, bedId);
  return [{ type: 'patient.BedRemoved', data: { wardId, bedId, label, removedAt: meta.now } }];
}

/**
 * A listed bed under a new label, free on the ward (the bed's own old label aside, so "b3" may become "B3"). The
 * same label again changes nothing: a retried rename records no second event.
 */
function renameBed({ data, meta }: RenameBedCommand, state: WardState): WardEvent[] {
  const { wardId, bedId, label } = data;
  if (state.status !== 'defined') throw wardNotFound(wardId);
  const previousLabel = state.beds[bedId];
  if (previousLabel === undefined) throw bedNotFound(wardId, bedId);
  if (previousLabel === label) return [];
  const { [bedId]: _self, ...others } = state.beds;
  assertLabelFree(others, label, wardId);
  return [{ type: 'adt.BedRenamed', data: { wardId, bedId, label, previousLabel, renamedAt: meta.now } }];
}

/** Labels compare without case or surrounding space: "b3" and "B3" would confuse the ward. */
function assertLabelFree(beds: Readonly<Record<string, string>>, label: string, wardId: string): void {
  const key = label.trim().toLowerCase();
  if (Object.values(beds).some((taken) => taken.trim().toLowerCase() === key)) {
    throw new InvariantViolation(
      BED_LABEL_TAKEN,
      { wardId },
      {
        message: 'The ward already has a bed with this label. Choose a different label.',
      },
    );
  }
}

export function evolve(state: WardState, event: WardEvent): WardState {
  switch (event.type) {
    case 'patient.WardDefined': {
      const { wardId, code, name, specialty } = event.data;
      return { status: 'defined', wardId, code, name, specialty, beds: {}, bedsAddedAt: {} };
    }
    case 'patient.BedAdded':
      if (state.status !== 'defined') return state;
      return {
        ...state,
        beds: { ...state.beds, [event.data.bedId]: event.data.label },
        bedsAddedAt: { ...state.bedsAddedAt, [event.data.bedId]: event.data.addedAt },
      };
    case 'adt.BedRenamed':
      if (state.status !== 'defined' || state.beds[event.data.bedId] === undefined) return state;
      return { ...state, beds: { ...state.beds, [event.data.bedId]: event.data.label } };
    case 'patient.BedRemoved': {
      if (state.status !== 'defined') return state;
      const { [event.data.bedId]: _removed, ...beds } = state.beds;
      const { [event.data.bedId]: _addedAt, ...bedsAddedAt } = state.bedsAddedAt;
      return { ...state, beds, bedsAddedAt };
    }
    default:
      return state;
  }
}

export const wardDecider: Decider<WardState, WardCommand, WardEvent> = { decide, evolve, initialState };
