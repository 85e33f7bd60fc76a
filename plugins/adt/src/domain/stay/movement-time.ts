import { InvariantViolation } from '@hms/sdk';
import {
  ADT_TIME_BEFORE_BED_ADDED,
  ADT_TIME_BEFORE_REGISTRATION,
  ADT_TIME_IN_FUTURE,
  ADT_TIME_OUT_OF_ORDER,
} from '../../errors';

/**
 * Devices' clocks drift: a time up to this far ahead of the server's clock is accepted as "now-ish". Anything
 * later is a typing error (a wrong day or month) that would corrupt length-of-stay figures.
 */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

/**
 * The time an admission, transfer or discharge happened on the ward: the time entered (after the fact), or the
 * command's time. Length of stay and occupancy are computed from these, so a time in the future, or before the
 * patient's previous movement (admission, transfer, or the previous discharge), is refused.
 */
export function movementTime(
  entered: string | undefined,
  now: string,
  previous: string | undefined,
  patientId: string,
): string {
  const at = entered ?? now;
  if (Date.parse(at) > Date.parse(now) + CLOCK_SKEW_MS) {
    throw new InvariantViolation(
      ADT_TIME_IN_FUTURE,
      { patientId },
      {
        message: 'The time entered is in the future. Check the date and time.',
      },
    );
  }
  if (previous !== undefined && Date.parse(at) < Date.parse(previous)) {
    throw new InvariantViolation(
      ADT_TIME_OUT_OF_ORDER,
      { patientId },
      {
        message: "The time entered is before the patient's previous admission, transfer or discharge.",
      },
    );
  }
  return at;
}

/**
 * What a movement cannot precede besides the patient's own movements: the patient's registration (an admission)
 * and the addition of the bed moved into. A back-dated admission before either put a patient in a bed, or on a
 * ward, before it existed, and the occupancy report divided those bed-days by the days the bed did exist (26,330 %).
 */
export type MovementFloor = { readonly patientRegisteredAt?: string; readonly bedAddedAt?: string };

export function requireAfterFloor(at: string, floor: MovementFloor, ids: { patientId: string; bedId: string }): void {
  const time = Date.parse(at);
  if (floor.patientRegisteredAt !== undefined && time < Date.parse(floor.patientRegisteredAt)) {
    throw new InvariantViolation(
      ADT_TIME_BEFORE_REGISTRATION,
      { patientId: ids.patientId },
      { message: 'The time entered is before the patient was registered. Check the date and time.' },
    );
  }
  if (floor.bedAddedAt !== undefined && time < Date.parse(floor.bedAddedAt)) {
    throw new InvariantViolation(
      ADT_TIME_BEFORE_BED_ADDED,
      { patientId: ids.patientId, bedId: ids.bedId },
      { message: 'The time entered is before this bed was added to the ward. Check the date and time, or the bed.' },
    );
  }
}
