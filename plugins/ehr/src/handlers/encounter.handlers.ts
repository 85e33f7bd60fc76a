import { handleCommand } from '@hms/sdk';
import { CloseEncounter, OpenEncounter } from '../contracts/commands';
import { ENCOUNTER_MANAGE } from '../contracts/permissions';
import type { EncounterView } from '../contracts/queries';
import { encounterDecider } from '../domain/encounter/encounter.decider';
import { encounterStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { encounterFromState } from './encounter-view';
import { encounterPatient, type EncounterOfPatient } from './encounter-lookup';

export const openEncounterHandler = handleCommand(OpenEncounter, {
  permission: ENCOUNTER_MANAGE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx): Promise<EncounterView> {
    const encounterId = ctx.newId();
    const { state } = await ctx.streams.decide(
      encounterStream(encounterId),
      encounterDecider,
      {
        type: 'ehr.OpenEncounter',
        data: { ...data, encounterId },
        meta: ctx.meta,
      },
      { expectedVersion: 'no-stream' },
    );
    if (state.status === 'none') throw new Error('OpenEncounter must leave an open encounter');
    return encounterFromState(state);
  },
});

/** Closes by id, or (the discharge reaction) the open encounter of an admission's stay. */
export const closeEncounterHandler = handleCommand<typeof CloseEncounter, EncounterView, EncounterOfPatient>(
  CloseEncounter,
  {
    permission: ENCOUNTER_MANAGE,
    auditPatient: (_data, result) => result?.patientId,
    prepare: (data, ctx) => encounterPatient(ctx, data),
    preparedPatient: (found) => found.patientId,
    async handle(data, ctx, { encounterId }): Promise<EncounterView> {
      const { state } = await ctx.streams.decide(encounterStream(encounterId), encounterDecider, {
        type: 'ehr.CloseEncounter',
        data: { encounterId, because: data.because, ...(data.endedAt ? { endedAt: data.endedAt } : {}) },
        meta: ctx.meta,
      });
      if (state.status === 'none') throw new Error('CloseEncounter must leave a closed encounter');
      return encounterFromState(state);
    },
  },
);
