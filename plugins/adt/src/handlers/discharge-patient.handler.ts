import { handleCommand } from '@hms/sdk';
import { DischargePatient } from '../contracts/commands';
import { ADT_WRITE } from '../contracts/permissions';
import type { StayView } from '../contracts/queries';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { stayDecider } from '../domain/stay/stay.decider';
import { stayStream } from '../domain/stay/stay.stream';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';

/** Ends the stay with a disposition and frees the bed, in one transaction. */
export const dischargePatientHandler = handleCommand(DischargePatient, {
  permission: ADT_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requireRegisteredPatient(ctx, data.patientId),
  async handle(data, ctx): Promise<StayView> {
    const { patientId } = data;
    const { events } = await ctx.streams.decide(stayStream(patientId), stayDecider, {
      type: 'adt.DischargePatient',
      data,
      meta: ctx.meta,
    });
    const discharged = events[0];
    if (discharged?.type !== 'patient.PatientDischarged') throw new Error('DischargePatient must record a discharge');
    const { stayId, wardId, bedId, admittedAt, dischargedAt, disposition } = discharged.data;
    await ctx.streams.decide(bedStream(bedId), bedDecider, {
      type: 'adt.VacateBed',
      data: { bedId, wardId, patientId, stayId, at: dischargedAt, because: 'discharge' },
      meta: ctx.meta,
    });
    return { stayId, patientId, status: 'discharged', wardId, bedId, admittedAt, dischargedAt, disposition };
  },
});
