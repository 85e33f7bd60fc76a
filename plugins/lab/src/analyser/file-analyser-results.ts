import { HmsError, type CommandContext } from '@hms/sdk';
import { labTest } from '../domain/catalogue/catalogue';
import { decideOnOrder } from '../handlers/order-step';
import { analyserRefusal } from './analyser-refusal';
import type { AnalyserSpecimenResults, OruR01 } from './oru-r01.parser';

/** What filing a message did: the orders it reached and how many results it entered. */
export interface Filed {
  orderIds: string[];
  patientIds: string[];
  results: number;
}

/**
 * Enters each specimen's results on its order, as the interface's account (so any person may validate them).
 * All or nothing: a refusal anywhere throws, and the command's transaction files none of the message.
 */
export async function fileAnalyserResults(ctx: CommandContext, message: OruR01): Promise<Filed> {
  const filed: Filed = { orderIds: [], patientIds: [], results: 0 };
  for (const specimen of message.specimens) {
    const order = await orderOfSpecimen(ctx, message, specimen.accession);
    checkUnits(ctx, message, specimen);
    const results = specimen.observations.map((o) => ({ code: o.code, value: o.value }));
    try {
      await decideOnOrder(ctx, { type: 'lab.EnterResults', data: { orderId: order.id, results }, meta: ctx.meta });
    } catch (error) {
      // The order's own refusal (a test not on it, a specimen not yet received), said to the analyser too.
      if (!(error instanceof HmsError) || error.status >= 500) throw error;
      const reason = `Specimen ${specimen.accession}: ${error.message}`;
      throw analyserRefusal(
        'not-filed',
        message,
        ctx.meta.now,
        { ack: 'AE', hl7Code: '207', reason, location: 'OBX' },
        error,
      );
    }
    if (!filed.orderIds.includes(order.id)) filed.orderIds.push(order.id);
    if (!filed.patientIds.includes(order.patientId)) filed.patientIds.push(order.patientId);
    filed.results += results.length;
  }
  return filed;
}

/**
 * The order a specimen id names: the accession (`LAB-000042`) or a tube's label code (`LAB-000042-SST`), which is
 * what the analyser reads off the tube's barcode.
 */
async function orderOfSpecimen(
  ctx: CommandContext,
  message: OruR01,
  specimenId: string,
): Promise<{ id: string; patientId: string }> {
  const [order] = await ctx.sql.query<{ id: string; patient_id: string }>(
    `SELECT id, patient_id FROM lab.orders
      WHERE accession = $1 OR (starts_with($1, accession || '-') AND length($1) <= length(accession) + 5)
      LIMIT 1`,
    [specimenId],
  );
  if (!order) {
    const reason = `No laboratory order has the specimen ${specimenId}.`;
    throw analyserRefusal('unknown-specimen', message, ctx.meta.now, {
      ack: 'AE',
      hl7Code: '204',
      reason,
      location: 'OBR-3',
    });
  }
  return { id: order.id, patientId: order.patient_id };
}

/** A value in another unit would be misread (glucose in mg/dL is 18 times mmol/L): refused, never converted. */
function checkUnits(ctx: CommandContext, message: OruR01, specimen: AnalyserSpecimenResults): void {
  for (const o of specimen.observations) {
    const test = labTest(o.code);
    const refuse = (reason: string) =>
      analyserRefusal('not-filed', message, ctx.meta.now, {
        ack: 'AE',
        hl7Code: '103',
        reason,
        location: `OBX ${o.setId}`,
      });
    if (!test) throw refuse(`OBX ${o.setId}: the laboratory's catalogue has no test ${o.code}.`);
    if (o.unit !== '' && o.unit !== test.unit) {
      throw refuse(`OBX ${o.setId}: test ${o.code} is reported in ${test.unit}, not ${o.unit}.`);
    }
  }
}
