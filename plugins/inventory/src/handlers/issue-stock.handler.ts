import { handleCommand, InvariantViolation } from '@hms/sdk';
import { IssueStock } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import { ENCOUNTER_WITHOUT_PATIENT } from '../errors';
import { move, stockAt, streamsOf, issuedLots } from './stock-movement';

export const issueStockHandler = handleCommand(IssueStock, {
  permission: STOCK_MOVE,
  // An issue to a patient is patient data: the audit log records who issued what to whom.
  auditPatient: (data) => data.patientId,
  preload: (data) => streamsOf(data.itemId, data.locationId),
  async handle(data, ctx) {
    if (data.encounterId && !data.patientId)
      throw new InvariantViolation(ENCOUNTER_WITHOUT_PATIENT, {}, { message: 'Name the patient of the encounter.' });
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const issueId = data.patientId ? ctx.newId() : undefined;
    const forPatient = data.patientId ? { issueId, patientId: data.patientId, encounterId: data.encounterId } : {};
    const { result, events } = await move(ctx, {
      type: 'inventory.IssueStock',
      data: { ...target, quantity: data.quantity, issuedTo: data.issuedTo, costCentre: data.costCentre, ...forPatient },
      meta: ctx.meta,
    });
    return { ...result, taken: issuedLots(events), issueId: issueId ?? null };
  },
});
