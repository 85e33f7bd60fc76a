import { handleCommand, NotFoundError } from '@hms/sdk';
import { CloseEncounter, OpenEncounter } from '../contracts/commands';
import { ENCOUNTER_MANAGE } from '../contracts/permissions';
import type { EncounterView } from '../contracts/queries';
import { encounterDecider } from '../domain/encounter/encounter.decider';
import { encounterStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { ENCOUNTER_NOT_FOUND } from '../errors';
import { encounterFromState } from './encounter-view';

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
export const closeEncounterHandler = handleCommand<typeof CloseEncounter, EncounterView, string>(CloseEncounter, {
  permission: ENCOUNTER_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async prepare(data, ctx): Promise<string> {
    if (data.encounterId) return data.encounterId;
    const [row] = await ctx.sql.query<{ id: string }>(
      `SELECT id FROM ehr.encounters WHERE stay_id = $1 AND status = 'open' ORDER BY opened_at DESC LIMIT 1`,
      [data.stayId ?? null],
    );
    if (!row) throw new NotFoundError(ENCOUNTER_NOT_FOUND, { stayId: data.stayId });
    return row.id;
  },
  async handle(data, ctx, encounterId: string): Promise<EncounterView> {
    const { state } = await ctx.streams.decide(encounterStream(encounterId), encounterDecider, {
      type: 'ehr.CloseEncounter',
      data: { encounterId, because: data.because, ...(data.endedAt ? { endedAt: data.endedAt } : {}) },
      meta: ctx.meta,
    });
    if (state.status === 'none') throw new Error('CloseEncounter must leave a closed encounter');
    return encounterFromState(state);
  },
});
