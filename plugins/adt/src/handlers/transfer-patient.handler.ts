import { handleCommand } from '@hms/sdk';
import { TransferPatient } from '../contracts/commands';
import { ADT_WRITE } from '../contracts/permissions';
import type { StayView } from '../contracts/queries';
import { bedDecider } from '../domain/bed/bed.decider';
import { bedStream } from '../domain/bed/bed.stream';
import { stayDecider } from '../domain/stay/stay.decider';
import { stayStream } from '../domain/stay/stay.stream';
import { requireBedOnWard, stayView } from './adt-checks';
import { requireRegisteredPatient } from '@hms/plugin-patient/contracts';

/**
 * Moves an admitted patient: the stay records the move, the old bed is freed and the new one taken, all in one
 * transaction with optimistic concurrency on the three streams.
 */
export const transferPatientHandler = handleCommand(TransferPatient, {
  permission: ADT_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requireRegisteredPatient(ctx, data.patientId),
  async handle(data, ctx): Promise<StayView> {
    const { patientId, toWardId, toBedId } = data;
    const ward = await requireBedOnWard(ctx, toWardId, toBedId);
    const { events, state } = await ctx.streams.decide(stayStream(patientId), stayDecider, {
      type: 'adt.TransferPatient',
      data: { ...data, floor: { bedAddedAt: ward.bedsAddedAt[toBedId] } },
      meta: ctx.meta,
    });
    const moved = events[0];
    if (moved?.type !== 'patient.PatientTransferred') throw new Error('TransferPatient must record a transfer');
    const { stayId, fromWardId, fromBedId, transferredAt: at } = moved.data;
    await ctx.streams.decide(bedStream(fromBedId), bedDecider, {
      type: 'adt.VacateBed',
      data: { bedId: fromBedId, wardId: fromWardId, patientId, stayId, at, because: 'transfer' },
      meta: ctx.meta,
    });
    await ctx.streams.decide(bedStream(toBedId), bedDecider, {
      type: 'adt.OccupyBed',
      data: { bedId: toBedId, wardId: toWardId, patientId, stayId, at },
      meta: ctx.meta,
    });
    return stayView(state, patientId);
  },
});
