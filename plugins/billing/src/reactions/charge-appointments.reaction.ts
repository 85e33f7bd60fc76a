import { defineReaction, reactWith } from '@hms/sdk';
import { AppointmentCancelled, AppointmentCompleted } from '@hms/plugin-scheduling/contracts';
import { CaptureCharge } from '../contracts/capture';
import { ReverseCharge } from '../contracts/account-commands';
import { appointmentChargeKey, appointmentSource } from './capture-keys';

/**
 * With scheduling enabled, a completed appointment is charged as the service its type is mapped to
 * (`appointment-type:<type>`, else `appointment-type:*`), on the day it was completed; the appointment is the
 * charge's encounter. A cancelled appointment takes its charge back (nothing happens if it was never charged).
 * A no-show is not charged.
 */
export const chargeAppointments = defineReaction({
  name: 'billing.charge-appointments',
  handles: [AppointmentCompleted, AppointmentCancelled],
  async react(event, ctx) {
    const { appointmentId, patientId } = event.data;
    if (event.type === AppointmentCancelled.type) {
      return [
        reactWith(ReverseCharge, {
          patientId,
          by: {
            kind: 'source-cancelled',
            sourceEventId: appointmentSource(appointmentId),
            cancelledByEventId: `scheduling:appointment-cancelled:${appointmentId}`,
          },
        }),
      ];
    }
    const rows = await ctx.sql.query<{ type: string }>(
      `SELECT type FROM billing.appointments WHERE appointment_id = $1`,
      [appointmentId],
    );
    return [
      reactWith(CaptureCharge, {
        patientId,
        encounterId: appointmentId,
        chargeKey: appointmentChargeKey(rows[0]?.type ?? 'unknown'),
        sourceKey: appointmentSource(appointmentId),
        serviceDate: event.data.completedAt.slice(0, 10),
        quantity: 1,
      }),
    ];
  },
});
