import { handleCommand } from '@hms/sdk';
import { ChangeMedication, PrescribeMedication, StopMedication } from '../contracts/commands';
import { MEDICATION_PRESCRIBE } from '../contracts/permissions';
import { medicationDecider } from '../domain/medication/medication.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { entryOf } from '../domain/chart/chart.decider-kit';
import { MEDICATION_NOT_FOUND } from '../errors';
import { preloadChart } from './preload-chart';

/** Prescribing, changing and stopping all need the prescriber permission (the kernel checks it before `handle`). */
export const prescribeMedicationHandler = handleCommand(PrescribeMedication, {
  permission: MEDICATION_PRESCRIBE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const medicationId = ctx.newId();
    const { state } = await ctx.streams.decide(chartStream(data.patientId), medicationDecider, {
      type: 'ehr.PrescribeMedication',
      data: { ...data, medicationId },
      meta: ctx.meta,
    });
    return entryOf(state, 'medications', medicationId, MEDICATION_NOT_FOUND, data.patientId);
  },
});

export const changeMedicationHandler = handleCommand(ChangeMedication, {
  permission: MEDICATION_PRESCRIBE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), medicationDecider, {
      type: 'ehr.ChangeMedication',
      data,
      meta: ctx.meta,
    });
    return entryOf(state, 'medications', data.medicationId, MEDICATION_NOT_FOUND, data.patientId);
  },
});

export const stopMedicationHandler = handleCommand(StopMedication, {
  permission: MEDICATION_PRESCRIBE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), medicationDecider, {
      type: 'ehr.StopMedication',
      data,
      meta: ctx.meta,
    });
    return entryOf(state, 'medications', data.medicationId, MEDICATION_NOT_FOUND, data.patientId);
  },
});
