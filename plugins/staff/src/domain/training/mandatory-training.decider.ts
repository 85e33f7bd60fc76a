import type { Command, DataOf, Decider, DomainEvent } from '@hms/sdk';
import type { DefineMandatoryTraining, MandatoryTrainingDefined } from '../../contracts/training.contracts';
import { recordedBy } from '../defined';

export type DefineMandatoryTrainingCommand = Command<
  'staff.DefineMandatoryTraining',
  DataOf<typeof DefineMandatoryTraining>
>;
export type MandatoryTrainingEvent = DomainEvent<
  'staff.MandatoryTrainingDefined',
  DataOf<typeof MandatoryTrainingDefined>
>;
export type MandatoryTrainingState =
  | { readonly status: 'none' }
  | { readonly status: 'defined'; readonly validForMonths: number | null; readonly mandatoryFor: readonly string[] };

export const initialState = (): MandatoryTrainingState => ({ status: 'none' });

/** The same rule saved again records nothing. */
export function decide(
  { data, meta }: DefineMandatoryTrainingCommand,
  state: MandatoryTrainingState,
): MandatoryTrainingEvent[] {
  const mandatoryFor = [...new Set(data.mandatoryFor)].sort();
  if (
    state.status === 'defined' &&
    state.validForMonths === data.validForMonths &&
    state.mandatoryFor.join('\n') === mandatoryFor.join('\n')
  ) {
    return [];
  }
  return [{ type: 'staff.MandatoryTrainingDefined', data: { ...recordedBy(meta), ...data, mandatoryFor } }];
}

export const evolve = (_state: MandatoryTrainingState, event: MandatoryTrainingEvent): MandatoryTrainingState => ({
  status: 'defined',
  validForMonths: event.data.validForMonths,
  mandatoryFor: event.data.mandatoryFor,
});

export const mandatoryTrainingDecider: Decider<
  MandatoryTrainingState,
  DefineMandatoryTrainingCommand,
  MandatoryTrainingEvent
> = { initialState, decide, evolve };
