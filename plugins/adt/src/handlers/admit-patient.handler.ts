import { handleCommand } from '@hms/sdk';
import { AdmitPatient } from '../contracts/commands';
import { ADT_WRITE } from '../contracts/permissions';
import type { StayView } from '../contracts/queries';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { stayDecider } from '../domain/stay/stay.decider';
import { stayStream } from '../domain/stay/stay.stream';
import { requireBedOnWard, stayView } from './adt-checks';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';

/**
 * Admits a patient to a bed: one decision on the patient's stay stream (not already admitted) and one on the
 * bed's stream (vacant, in service), written in the command's one transaction, both or neither. Each append
 * expects the version it decided on, so of two admissions racing for one bed, or one patient racing into two
 * beds, exactly one commits; the other is decided again on the new state and refused (BED_OCCUPIED,
 * PATIENT_ALREADY_ADMITTED) or, if it keeps losing, answered with a 409 VERSION_CONFLICT. A back-dated admission
 * cannot precede the patient's registration (the patient plugin's published `registeredAt`) or the bed's addition.
 */
export const admitPatientHandler = handleCommand(AdmitPatient, {
  permission: ADT_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requireRegisteredPatient(ctx, data.patientId),
  async handle(data, ctx, patient): Promise<StayView> {
    const { patientId, wardId, bedId } = data;
    const ward = await requireBedOnWard(ctx, wardId, bedId);
    const stayId = ctx.newId();
    const floor = { patientRegisteredAt: patient.registeredAt, bedAddedAt: ward.bedsAddedAt[bedId] };
    const { state } = await ctx.streams.decide(stayStream(patientId), stayDecider, {
      type: 'adt.AdmitPatient',
      data: { ...data, stayId, floor },
      meta: ctx.meta,
    });
    if (state.status !== 'admitted') throw new Error('AdmitPatient must leave an admitted stay');
    await ctx.streams.decide(bedStream(bedId), bedDecider, {
      type: 'adt.OccupyBed',
      data: { bedId, wardId, patientId, stayId, at: state.admittedAt },
      meta: ctx.meta,
    });
    return stayView(state, patientId);
  },
});
