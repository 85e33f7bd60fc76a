import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import type { AllergyStatus } from '../../contracts/schemas';
import {
  ALLERGY_ALREADY_RECORDED,
  ALLERGY_ENTERED_IN_ERROR,
  ALLERGY_NOT_FOUND,
  ALLERGY_STATUS_UNCHANGED,
} from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';

export type RecordAllergyCommand = Command<
  'ehr.RecordAllergy',
  {
    allergyId: string;
    patientId: string;
    substance: string;
    type: 'allergy' | 'intolerance';
    category: 'food' | 'medication' | 'environment' | 'biologic';
    reaction?: string;
    severity?: 'mild' | 'moderate' | 'severe';
    criticality: 'low' | 'high' | 'unable-to-assess';
  }
>;
export type ChangeAllergyStatusCommand = Command<
  'ehr.ChangeAllergyStatus',
  {
    patientId: string;
    allergyId: string;
    status: AllergyStatus;
    reason: string;
  }
>;
export type AllergyCommand = RecordAllergyCommand | ChangeAllergyStatusCommand;

export function decide(command: AllergyCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.RecordAllergy':
      return record(command, state);
    case 'ehr.ChangeAllergyStatus':
      return changeStatus(command, state);
    default:
      return assertNever(command);
  }
}

/** One active entry per substance: a second would hide which reaction and criticality are current. */
function record({ data, meta }: RecordAllergyCommand, state: ChartState): ChartEvent[] {
  const { patientId, ...allergy } = data;
  const key = allergy.substance.trim().toLowerCase();
  const existing = Object.values(state.allergies).find(
    (a) => a.status === 'active' && a.substance.trim().toLowerCase() === key,
  );
  if (existing) {
    throw new InvariantViolation(
      ALLERGY_ALREADY_RECORDED,
      { allergyId: existing.allergyId },
      {
        message: 'This substance is already on the active allergy list; update that entry instead.',
      },
    );
  }
  return [{ type: 'ehr.AllergyRecorded', data: defined({ ...recorded(patientId, meta), ...allergy }) }];
}

function changeStatus({ data, meta }: ChangeAllergyStatusCommand, state: ChartState): ChartEvent[] {
  const allergy = entryOf(state, 'allergies', data.allergyId, ALLERGY_NOT_FOUND, data.patientId);
  if (allergy.status === 'entered-in-error') {
    throw new InvariantViolation(
      ALLERGY_ENTERED_IN_ERROR,
      { allergyId: data.allergyId },
      {
        message: 'An entry marked entered-in-error stays so; record the allergy again if it is real.',
      },
    );
  }
  if (allergy.status === data.status) {
    throw new InvariantViolation(
      ALLERGY_STATUS_UNCHANGED,
      { allergyId: data.allergyId },
      { message: `The allergy is already ${data.status}.` },
    );
  }
  const { patientId, allergyId, status, reason } = data;
  return [{ type: 'ehr.AllergyStatusChanged', data: { ...recorded(patientId, meta), allergyId, status, reason } }];
}

export const allergyDecider: Decider<ChartState, AllergyCommand, ChartEvent> = { decide, ...chartFold };
