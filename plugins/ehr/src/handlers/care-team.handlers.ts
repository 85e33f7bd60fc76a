import { handleCommand, handleQuery, NotFoundError } from '@hms/sdk';
import { AddCareTeamMember, RemoveCareTeamMember } from '../contracts/commands';
import { CARE_TEAM_MANAGE, CHART_READ } from '../contracts/permissions';
import { GetCareTeam, type CareTeam } from '../contracts/queries';
import type { CareTeamRole } from '../contracts/schemas';
import { encounterDecider, type EncounterState } from '../domain/encounter/encounter.decider';
import { encounterStream } from '../domain/streams';
import { ENCOUNTER_NOT_FOUND } from '../errors';
import { encounterPatient } from './encounter-lookup';

/**
 * Adding and removing care-team members are clinical: the caller must care for the encounter's patient, which its
 * preparation finds, so the kernel checks before the decider says anything about the encounter.
 */
export const addCareTeamMemberHandler = handleCommand(AddCareTeamMember, {
  permission: CARE_TEAM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  prepare: (data, ctx) => encounterPatient(ctx, data),
  preparedPatient: (found) => found.patientId,
  async handle(data, ctx): Promise<CareTeam> {
    const { state } = await ctx.streams.decide(encounterStream(data.encounterId), encounterDecider, {
      type: 'ehr.AddCareTeamMember',
      data,
      meta: ctx.meta,
    });
    return careTeamOf(state, data.encounterId, ctx.meta.now);
  },
});

export const removeCareTeamMemberHandler = handleCommand(RemoveCareTeamMember, {
  permission: CARE_TEAM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  prepare: (data, ctx) => encounterPatient(ctx, data),
  preparedPatient: (found) => found.patientId,
  async handle(data, ctx): Promise<CareTeam> {
    const { state } = await ctx.streams.decide(encounterStream(data.encounterId), encounterDecider, {
      type: 'ehr.RemoveCareTeamMember',
      data,
      meta: ctx.meta,
    });
    return careTeamOf(state, data.encounterId, ctx.meta.now);
  },
});

interface CareTeamRow {
  member_id: string;
  role: CareTeamRole;
  added_at: string;
}

export const getCareTeamHandler = handleQuery(GetCareTeam, {
  permission: CHART_READ,
  auditPatient: (_params, result) => result?.patientId,
  async handle({ encounterId }, ctx): Promise<CareTeam> {
    const [encounter] = await ctx.sql.query<{ patient_id: string }>(
      `SELECT patient_id FROM ehr.encounters WHERE id = $1`,
      [encounterId],
    );
    if (!encounter) throw new NotFoundError(ENCOUNTER_NOT_FOUND, { encounterId });
    const rows = await ctx.sql.query<CareTeamRow>(
      `SELECT member_id, role, to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS added_at
         FROM ehr.care_team WHERE encounter_id = $1 ORDER BY added_at, member_id`,
      [encounterId],
    );
    return {
      encounterId,
      patientId: encounter.patient_id,
      members: rows.map((row) => ({ memberId: row.member_id, role: row.role, addedAt: row.added_at })),
    };
  },
});

function careTeamOf(state: EncounterState, encounterId: string, now: string): CareTeam {
  if (state.status === 'none') throw new NotFoundError(ENCOUNTER_NOT_FOUND, { encounterId });
  return {
    encounterId,
    patientId: state.patientId,
    // The decided state knows roles, not when each joined: the answer dates them now (the list reads them back).
    members: Object.entries(state.careTeam ?? {}).map(([memberId, role]) => ({ memberId, role, addedAt: now })),
  };
}
