import { defineReaction, reactWith } from '@hms/sdk';
import { EncounterOpened } from '@hms/plugin-ehr/contracts';
import { CaptureCharge } from '../contracts/capture';
import { encounterChargeKey, encounterSource } from './capture-keys';

/**
 * With the EHR enabled, an encounter its clinicians opened by hand (a walk-in or an emergency visit, no appointment
 * or admission behind it) is charged as the service its class is mapped to (`encounter-class:outpatient` or
 * `encounter-class:inpatient`, else `encounter-class:*`), on the day it opened. An encounter opened from a check-in
 * or an admission is not: the completed appointment and the bed-days charge those. The EHR records no cancellation
 * of an encounter; one opened in error is reversed by hand with a reason.
 */
export const chargeEhrEncounters = defineReaction({
  name: 'billing.charge-ehr-encounters',
  handles: [EncounterOpened],
  react(event) {
    const { encounterId, patientId, appointmentId, stayId, openedAt } = event.data;
    if (appointmentId || stayId) return [];
    return [
      reactWith(CaptureCharge, {
        patientId,
        encounterId,
        chargeKey: encounterChargeKey(event.data.class),
        sourceKey: encounterSource(encounterId),
        serviceDate: openedAt.slice(0, 10),
        quantity: 1,
      }),
    ];
  },
});
