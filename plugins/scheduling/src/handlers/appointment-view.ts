import type { AppointmentView } from '../contracts/queries';
import type { AppointmentState } from '../domain/appointment/appointment.decider';

/** The view of an appointment a command just decided; the read model gets the same row when it commits. */
export function appointmentView(state: AppointmentState, version: number): AppointmentView {
  if (state.status === 'none') throw new Error('An appointment view needs a booked appointment');
  return {
    id: state.appointmentId,
    patientId: state.patientId,
    practitionerId: state.practitionerId,
    type: state.type,
    startsAt: state.startsAt,
    endsAt: state.endsAt,
    location: state.location,
    status: state.status,
    ...(state.status === 'cancelled' ? { cancelReason: state.cancelReason } : {}),
    version,
    bookedAt: state.bookedAt,
    updatedAt: state.updatedAt,
  };
}
