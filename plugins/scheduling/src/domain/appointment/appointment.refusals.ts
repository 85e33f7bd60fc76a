import { ConflictError, NotFoundError } from '@hms/sdk';
import type { AppointmentStatus } from '../../contracts/schemas';
import {
  APPOINTMENT_ALREADY_CANCELLED,
  APPOINTMENT_ALREADY_CHECKED_IN,
  APPOINTMENT_ALREADY_COMPLETED,
  APPOINTMENT_ALREADY_NO_SHOW,
  APPOINTMENT_NOT_CHECKED_IN,
  APPOINTMENT_NOT_FOUND,
} from '../../errors';

export type AppointmentStep = 'check-in' | 'complete' | 'no-show' | 'cancel' | 'reschedule';

const STEP_WORDS: Readonly<Record<AppointmentStep, string>> = {
  'check-in': 'check the patient in',
  complete: 'complete this appointment',
  'no-show': 'record a no-show',
  cancel: 'cancel this appointment',
  reschedule: 'move this appointment',
};

/** Why an appointment in this state cannot take a step, in a receptionist's words. */
const BECAUSE: Readonly<Record<Exclude<AppointmentStatus, 'booked'>, { code: string; reason: string }>> = {
  'checked-in': { code: APPOINTMENT_ALREADY_CHECKED_IN, reason: 'the patient has already checked in' },
  completed: { code: APPOINTMENT_ALREADY_COMPLETED, reason: 'the appointment has already taken place' },
  cancelled: { code: APPOINTMENT_ALREADY_CANCELLED, reason: 'the appointment was cancelled' },
  'no-show': { code: APPOINTMENT_ALREADY_NO_SHOW, reason: 'the patient was recorded as a no-show' },
};

/** The 409 for a step the appointment's state does not allow. */
export function forbiddenStep(step: AppointmentStep, status: AppointmentStatus, appointmentId: string): ConflictError {
  const details = { appointmentId, status };
  if (status === 'booked') {
    // Only "complete" is refused from booked: the visit must begin with a check-in.
    return new ConflictError(APPOINTMENT_NOT_CHECKED_IN, details, {
      message: `Cannot ${STEP_WORDS[step]}: the patient has not checked in yet. Check them in first.`,
    });
  }
  const { code, reason } = BECAUSE[status];
  return new ConflictError(code, details, { message: `Cannot ${STEP_WORDS[step]}: ${reason}.` });
}

export function appointmentNotFound(appointmentId: string): NotFoundError {
  return new NotFoundError(APPOINTMENT_NOT_FOUND, { appointmentId }, { message: 'There is no such appointment.' });
}
