import { handleCommand } from '@hms/sdk';
import { DispensePrescription, type DispensingResult } from '../contracts/dispensing-commands';
import { PRESCRIPTION_DISPENSE } from '../contracts/dispensing-permissions';
import { dispensationDecider } from '../domain/dispensation/dispensation.decider';
import { dispensationStream } from '../domain/dispensation/dispensation.stream';
import { issuedLots, move, stockAt, streamsOf } from './stock-movement';
import { assertMedicine, prescriptionFacts } from './prescription-lookup';
import { dispensingBalance } from './dispensing-balance';

/** Where the stock card says the units went; the patient stays off the card (named by the dispense's id only). */
const DISPENSED_BY_THE_PHARMACY = 'Dispensed by the pharmacy';

/**
 * A dispense, in one transaction: the stock issues the lots earliest expiry first to the patient (billing, when
 * on, charges it as any issue to a patient), and the prescription's dispensation records them and refuses more
 * than was prescribed. A refusal by either leaves both as they were.
 */
export const dispensePrescriptionHandler = handleCommand(DispensePrescription, {
  permission: PRESCRIPTION_DISPENSE,
  auditPatient: (_data, result) => result?.patientId,
  preload: (data) => [dispensationStream(data.prescriptionId), ...streamsOf(data.itemId, data.locationId)],
  async handle(data, ctx): Promise<DispensingResult> {
    const { encounterId, ...prescription } = await prescriptionFacts(ctx, data.prescriptionId);
    await assertMedicine(ctx, data.itemId);
    const target = await stockAt(ctx, data.itemId, data.locationId);
    const dispenseId = ctx.newId();
    const forPatient = {
      issueId: dispenseId,
      patientId: prescription.patientId,
      encounterId: encounterId ?? undefined,
    };
    const stock = await move(ctx, {
      type: 'inventory.IssueStock',
      data: {
        ...target,
        quantity: data.quantity,
        issuedTo: DISPENSED_BY_THE_PHARMACY,
        ...forPatient,
        prescriptionId: data.prescriptionId,
      },
      meta: ctx.meta,
    });
    const lots = issuedLots(stock.events);
    const { state } = await ctx.streams.decide(dispensationStream(data.prescriptionId), dispensationDecider, {
      type: 'inventory.DispensePrescription',
      data: {
        prescription,
        dispenseId,
        itemId: data.itemId,
        locationId: data.locationId,
        quantity: data.quantity,
        lots,
      },
      meta: ctx.meta,
    });
    return {
      ...dispensingBalance(prescription, state),
      dispenseId,
      returnId: null,
      quantity: data.quantity,
      lots,
      stock: stock.result,
    };
  },
});
