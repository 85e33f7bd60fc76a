import { handleCommand } from '@hms/sdk';
import { RecordObservation } from '../contracts/commands';
import { OBSERVATION_RECORD } from '../contracts/permissions';
import { observationDecider } from '../domain/observation/observation.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { preloadChart } from './preload-chart';

export const recordObservationHandler = handleCommand(RecordObservation, {
  permission: OBSERVATION_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const observationId = ctx.newId();
    const { events } = await ctx.streams.decide(chartStream(data.patientId), observationDecider, {
      type: 'ehr.RecordObservation',
      data: { ...data, observationId },
      meta: ctx.meta,
    });
    const [observation] = events;
    // The decider records exactly one observation or refuses.
    if (observation?.type !== 'ehr.ObservationRecorded') throw new Error('RecordObservation recorded no observation');
    return observation.data;
  },
});
