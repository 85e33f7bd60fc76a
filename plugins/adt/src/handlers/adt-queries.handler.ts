import { handleQuery } from '@hms/sdk';
import { CENSUS_READ, WARD_READ } from '../contracts/permissions';
import { GetCensus, GetWardBoard, ListWards, type Census, type WardBoard, type WardList } from '../contracts/queries';
import { wardNotFound } from '../domain/refusals';
import { findCensus, findWardBoard, listWards } from '../projections/bed-board.read';

/** Every ward with its bed counts: no patient is named, so no patient-data permission. */
export const listWardsHandler = handleQuery(ListWards, {
  permission: WARD_READ,
  handle: (_params, ctx): Promise<WardList> => listWards(ctx.sql),
});

/** One ward's beds and occupants; the audit log records every patient shown. */
export const getWardBoardHandler = handleQuery(GetWardBoard, {
  permission: CENSUS_READ,
  auditPatient: (_params, board: WardBoard | undefined) =>
    board?.beds.flatMap((bed) => (bed.occupant ? [bed.occupant.patientId] : [])),
  async handle({ wardId }, ctx): Promise<WardBoard> {
    const board = await findWardBoard(ctx.sql, wardId);
    if (board === undefined) throw wardNotFound(wardId);
    return board;
  },
});

/** Who is in which bed now; the audit log records every patient shown. */
export const getCensusHandler = handleQuery(GetCensus, {
  permission: CENSUS_READ,
  auditPatient: (_params, census: Census | undefined) => census?.items.map((entry) => entry.patientId),
  async handle({ wardId }, ctx): Promise<Census> {
    return { items: await findCensus(ctx.sql, wardId) };
  },
});
