import { handleCommand } from '@hms/sdk';
import { ChangeAllergyStatus, RecordAllergy } from '../contracts/commands';
import { ALLERGY_RECORD } from '../contracts/permissions';
import { allergyDecider } from '../domain/allergy/allergy.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { entryOf } from '../domain/chart/chart.decider-kit';
import { ALLERGY_NOT_FOUND } from '../errors';
import { preloadChart } from './preload-chart';

export const recordAllergyHandler = handleCommand(RecordAllergy, {
  permission: ALLERGY_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const allergyId = ctx.newId();
    const { state } = await ctx.streams.decide(chartStream(data.patientId), allergyDecider, {
      type: 'ehr.RecordAllergy',
      data: { ...data, allergyId },
      meta: ctx.meta,
    });
    return entryOf(state, 'allergies', allergyId, ALLERGY_NOT_FOUND, data.patientId);
  },
});

export const changeAllergyStatusHandler = handleCommand(ChangeAllergyStatus, {
  permission: ALLERGY_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), allergyDecider, {
      type: 'ehr.ChangeAllergyStatus',
      data,
      meta: ctx.meta,
    });
    return entryOf(state, 'allergies', data.allergyId, ALLERGY_NOT_FOUND, data.patientId);
  },
});
