import { handleQuery } from '@hms/sdk';
import { CENSUS_READ } from '../contracts/permissions';
import { GetCensus, type Census } from '../contracts/queries';
import { findCensus } from '../projections/bed-board.read';

export const getCensusHandler = handleQuery(GetCensus, {
  permission: CENSUS_READ,
  auditPatient: (_params, census: Census | undefined) => census?.items.map((entry) => entry.patientId),
  async handle({ wardId, patientId }, ctx): Promise<Census> {
    return { items: await findCensus(ctx.sql, wardId, patientId) };
  },
});
