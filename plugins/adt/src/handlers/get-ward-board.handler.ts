import { handleQuery } from '@hms/sdk';
import { CENSUS_READ } from '../contracts/permissions';
import { GetWardBoard, type WardBoard } from '../contracts/queries';
import { wardNotFound } from '../domain/refusals';
import { findWardBoard } from '../projections/bed-board.read';
import { withAdmittingPractitioners } from './admitting-practitioners';

export const getWardBoardHandler = handleQuery(GetWardBoard, {
  permission: CENSUS_READ,
  auditPatient: (_params, board: WardBoard | undefined) =>
    board?.beds.flatMap((bed) => (bed.occupant ? [bed.occupant.patientId] : [])),
  async handle({ wardId }, ctx): Promise<WardBoard> {
    const board = await findWardBoard(ctx.sql, wardId);
    if (board === undefined) throw wardNotFound(wardId);
    return await withAdmittingPractitioners(ctx, board);
  },
});
