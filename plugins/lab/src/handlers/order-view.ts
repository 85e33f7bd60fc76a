import { NotFoundError, type QueryContext } from '@hms/sdk';
import type { LabOrderView } from '../contracts/queries';
import { isCritical } from '../domain/catalogue/reference-range';
import { labOrderDecider } from '../domain/lab-order/lab-order.decider';
import type { LabOrderState } from '../domain/lab-order/lab-order.state';
import { labOrderStream } from '../domain/lab-order/lab-order.stream';
import { LAB_ORDER_NOT_FOUND } from '../errors';

/** What every order command and the order queries answer: the order as its own stream tells it. */
export function orderView(state: LabOrderState): LabOrderView {
  if (state.status === 'none') throw new Error('An order view needs a placed order');
  const { placed } = state;
  return {
    id: placed.orderId,
    accession: placed.accession,
    patientId: placed.patientId,
    status: state.status,
    priority: placed.priority,
    tests: placed.tests,
    panels: placed.panels,
    clinicalQuestion: placed.clinicalQuestion,
    requesterId: placed.requesterId,
    placedAt: placed.at,
    labels: [...state.labels],
    collectedAt: state.collectedAt,
    receivedAt: state.receivedAt,
    results: [...state.results],
    validatedBy: state.validatedBy,
    releasedAt: state.releasedAt,
    critical: state.results.some((r) => isCritical(r.flag)),
    criticalAcknowledgedAt: state.criticalAcknowledgedAt,
    patientSex: placed.patientSex,
    patientBirthDate: placed.patientBirthDate,
  };
}

/** Reads one order for a query; an id no order has is a 404 in plain words. */
export async function loadOrderView(ctx: QueryContext, orderId: string): Promise<LabOrderView> {
  const { state } = await ctx.streams.load(labOrderStream(orderId), labOrderDecider);
  if (state.status === 'none') {
    throw new NotFoundError(
      LAB_ORDER_NOT_FOUND,
      { orderId },
      { message: `No laboratory order has the id ${orderId}.` },
    );
  }
  return orderView(state);
}
