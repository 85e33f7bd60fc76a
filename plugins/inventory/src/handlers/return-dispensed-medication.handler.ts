import { handleCommand } from '@hms/sdk';
import { ReturnDispensedMedication, type DispensingResult } from '../contracts/dispensing-commands';
import { PRESCRIPTION_DISPENSE } from '../contracts/dispensing-permissions';
import { dispensationDecider } from '../domain/dispensation/dispensation.decider';
import { dispensationStream } from '../domain/dispensation/dispensation.stream';
import { dispensingBalance } from './dispensing-balance';
import { prescriptionFacts } from './prescription-lookup';
import { move, stockAt } from './stock-movement';

/**
 * Unused medication back from the ward or the patient, in one transaction: the dispensation takes it off what is
 * with the patient (never more than the dispense left there) and chooses its lots; the stock gets them back, with
 * their expiry dates, at the store the dispense came from.
 */
export const returnDispensedMedicationHandler = handleCommand(ReturnDispensedMedication, {
  permission: PRESCRIPTION_DISPENSE,
  auditPatient: (_data, result) => result?.patientId,
  preload: (data) => [dispensationStream(data.prescriptionId)],
  async handle(data, ctx): Promise<DispensingResult> {
    const prescription = await prescriptionFacts(ctx, data.prescriptionId);
    const returnId = ctx.newId();
    const { events, state } = await ctx.streams.decide(dispensationStream(data.prescriptionId), dispensationDecider, {
      type: 'inventory.ReturnDispensedMedication',
      data: { ...data, returnId },
      meta: ctx.meta,
    });
    const [returned] = events;
    if (returned?.type !== 'inventory.DispensedMedicationReturned') throw new Error('no return decided');
    const { itemId, locationId, patientId, dispenseId, lots } = returned.data;
    const target = await stockAt(ctx, itemId, locationId);
    const stock = await move(ctx, {
      type: 'inventory.ReturnDispensedStock',
      data: {
        ...target,
        prescriptionId: data.prescriptionId,
        patientId,
        dispenseId,
        returnId,
        lots,
        reason: data.reason,
      },
      meta: ctx.meta,
    });
    return {
      ...dispensingBalance(prescription, state),
      dispenseId,
      returnId,
      quantity: data.quantity,
      lots: lots.map((l) => ({ ...l })),
      stock: stock.result,
    };
  },
});
