import { InvariantViolation } from '@hms/sdk';
import { ADT_TIME_IN_FUTURE, ADT_TIME_OUT_OF_ORDER } from '../../errors';

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
