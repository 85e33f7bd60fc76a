import { InvariantViolation, NotFoundError, type Command, type Decider } from '@hms/sdk';
import { IMPLAUSIBLE_VALUE, UNIT_NOT_ALLOWED, UNKNOWN_LOINC_CODE } from '../../errors';
import { defined, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';
import { loincEntry, toCanonical, type LoincEntry } from '../terminology/loinc';

export type RecordObservationCommand = Command<
  'ehr.RecordObservation',
  {
    observationId: string;
    patientId: string;
    code: string;
    value: number;
    unit: string;
    effectiveAt?: string;
    encounterId?: string;
  }
>;

/**
 * Records a measurement only in a unit that fits its LOINC code (a heart rate per minute, a temperature in Cel or
 * [degF]) and within what a living patient can have: a wrong unit or an impossible value is a slip that would
 * mislead every later reader of the chart, so it is refused at the door.
 */
export function decide(command: RecordObservationCommand, _state: ChartState): ChartEvent[] {
  const { patientId, effectiveAt, ...observation } = command.data;
  checkMeasurement(observation.code, observation.value, observation.unit);
  return [
    {
      type: 'ehr.ObservationRecorded',
      data: defined({
        ...recorded(patientId, command.meta),
        ...observation,
        effectiveAt: effectiveAt ?? command.meta.now,
      }),
    },
  ];
}

/** Refuses a code the hospital does not record, a unit that does not fit it, or an implausible value. */
export function checkMeasurement(code: string, value: number, unit: string): LoincEntry {
  const entry = loincEntry(code);
  if (!entry)
    throw new NotFoundError(
      UNKNOWN_LOINC_CODE,
      { code },
      { message: `LOINC code ${code} is not in the observation list.` },
    );
  if (!entry.units.includes(unit)) {
    throw new InvariantViolation(
      UNIT_NOT_ALLOWED,
      { code, unit, allowedUnits: entry.units },
      {
        message: `${entry.display} (${code}) is recorded in ${entry.units.join(' or ')}, not ${unit}.`,
      },
    );
  }
  const canonical = toCanonical(code, value, unit);
  if (!Number.isFinite(canonical) || canonical < entry.plausible.min || canonical > entry.plausible.max) {
    throw new InvariantViolation(
      IMPLAUSIBLE_VALUE,
      { code, unit },
      {
        message: `This ${entry.display.toLowerCase()} is outside what is physiologically possible; check the value and unit.`,
      },
    );
  }
  return entry;
}

// #region chart-decider
export const observationDecider: Decider<ChartState, RecordObservationCommand, ChartEvent> = { decide, ...chartFold };
// #endregion chart-decider
