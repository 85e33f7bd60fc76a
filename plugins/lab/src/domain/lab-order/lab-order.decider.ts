import { InvariantViolation, NotFoundError, type Decider } from '@hms/sdk';
import type { OrderStatus } from '../../contracts/schemas';
import {
  CRITICAL_ALREADY_ACKNOWLEDGED,
  LAB_ORDER_EXISTS,
  LAB_ORDER_NOT_FOUND,
  NO_CRITICAL_RESULT,
  NOTHING_ORDERED,
  RESULTS_INCOMPLETE,
  TEST_NOT_ORDERED,
  UNKNOWN_LAB_TEST,
  VALIDATOR_ENTERED_RESULTS,
  WRONG_ORDER_STATUS,
} from '../../errors';
import { labPanel, labTest } from '../catalogue/catalogue';
import type { LabTest } from '../catalogue/catalogue.types';
import { ageAt, flagResult, isCritical, referenceBand } from '../catalogue/reference-range';
import type {
  AcknowledgeCriticalResultCommand,
  CancelLabOrderCommand,
  CollectSpecimenCommand,
  EnterResultsCommand,
  LabOrderCommand,
  LabOrderEvent,
  PlaceLabOrderCommand,
  ReceiveSpecimenCommand,
  ValidateResultsCommand,
} from './lab-order.commands';
import { evolve } from './lab-order.evolve';
import { initialState, type LabOrderFacts, type LabOrderState } from './lab-order.state';

type Open = Extract<LabOrderState, LabOrderFacts>;

export function decide(command: LabOrderCommand, state: LabOrderState): LabOrderEvent[] {
  switch (command.type) {
    case 'lab.PlaceLabOrder':
      return place(command, state);
    case 'lab.CollectSpecimen':
      return collect(command, state);
    case 'lab.ReceiveSpecimen':
      return receive(command, state);
    case 'lab.EnterResults':
      return enter(command, state);
    case 'lab.ValidateResults':
      return validate(command, state);
    case 'lab.CancelLabOrder':
      return cancel(command, state);
    case 'lab.AcknowledgeCriticalResult':
      return acknowledge(command, state);
  }
}

const STEP: Record<OrderStatus, string> = {
  placed: 'waiting for its specimen',
  collected: 'waiting to be received in the laboratory',
  received: 'waiting for results',
  resulted: 'waiting for validation',
  released: 'already released',
  cancelled: 'cancelled',
};

/** The order, in one of the statuses a step may follow; otherwise a refusal saying where the order is. */
function orderIn(state: LabOrderState, orderId: string, allowed: readonly OrderStatus[], doing: string): Open {
  if (state.status === 'none') {
    throw new NotFoundError(
      LAB_ORDER_NOT_FOUND,
      { orderId },
      { message: `No laboratory order has the id ${orderId}.` },
    );
  }
  if (!allowed.includes(state.status)) {
    throw new InvariantViolation(
      WRONG_ORDER_STATUS,
      { orderId, status: state.status },
      { message: `This order cannot ${doing}: it is ${STEP[state.status]}.` },
    );
  }
  return state;
}

function place({ data, meta }: PlaceLabOrderCommand, state: LabOrderState): LabOrderEvent[] {
  if (state.status !== 'none') throw new InvariantViolation(LAB_ORDER_EXISTS, { orderId: data.orderId });
  const unknown = [...data.tests.filter((c) => !labTest(c)), ...data.panels.filter((c) => !labPanel(c))];
  if (unknown.length > 0) {
    throw new NotFoundError(
      UNKNOWN_LAB_TEST,
      { codes: unknown },
      { message: `The laboratory does not run ${unknown.join(', ')}: choose tests and panels from its catalogue.` },
    );
  }
  // A panel orders its tests; a test ordered twice (alone and in a panel) is run once.
  const tests = [...new Set([...data.panels.flatMap((p) => labPanel(p)?.tests ?? []), ...data.tests])];
  if (tests.length === 0) {
    throw new InvariantViolation(NOTHING_ORDERED, {}, { message: 'Choose at least one test or panel to order.' });
  }
  const { clinicalQuestion, ...rest } = data;
  return [
    {
      type: 'lab.LabOrderPlaced',
      data: {
        ...rest,
        tests,
        panels: [...data.panels],
        clinicalQuestion: clinicalQuestion ?? null,
        requesterId: meta.actorId,
        at: meta.now,
        by: meta.actorId,
      },
    },
  ];
}

/** One tube per specimen type, labelled with the accession number and the type (what the printer puts on it). */
function collect({ data, meta }: CollectSpecimenCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['placed'], 'be collected');
  const specimens = [...new Set(order.placed.tests.map((c) => labTest(c)?.specimen ?? 'serum'))].sort();
  const labels = specimens.map((specimen) => ({
    specimen,
    labelCode: `${order.placed.accession}-${SUFFIX[specimen]}`,
  }));
  return [{ type: 'lab.SpecimenCollected', data: { ...recorded(order, meta), labels } }];
}
const SUFFIX = { serum: 'SST', 'whole-blood': 'EDTA' } as const;

function receive({ data, meta }: ReceiveSpecimenCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['collected'], 'be received');
  return [{ type: 'lab.SpecimenReceived', data: recorded(order, meta) }];
}

/**
 * Each value is judged against the range for the patient's sex and age on the day the specimen was taken
 * (a newborn's haemoglobin is not an adult's). Entering a test again before validation corrects it.
 */
function enter({ data, meta }: EnterResultsCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['received', 'resulted'], 'take results');
  const notOrdered = data.results.map((r) => r.code).filter((c) => !order.placed.tests.includes(c));
  if (notOrdered.length > 0) {
    throw new InvariantViolation(
      TEST_NOT_ORDERED,
      { orderId: data.orderId, codes: notOrdered },
      { message: `${notOrdered.join(', ')} ${notOrdered.length === 1 ? 'was' : 'were'} not ordered on this order.` },
    );
  }
  const age = ageAt(order.placed.patientBirthDate, order.collectedAt ?? meta.now);
  const results = data.results.map(({ code, value }) => {
    const test = orderedTest(code);
    const band = referenceBand(test, order.placed.patientSex, age);
    return {
      code,
      value,
      unit: test.unit,
      flag: flagResult(value, band),
      referenceLow: band?.low ?? null,
      referenceHigh: band?.high ?? null,
      enteredBy: meta.actorId,
      enteredAt: meta.now,
    };
  });
  return [{ type: 'lab.ResultsEntered', data: { ...recorded(order, meta), results } }];
}

/**
 * An ordered test's catalogue entry. Ordered codes were checked when the order was placed; a test the hospital has
 * since taken out of its catalogue has no unit or range left to report it with.
 */
function orderedTest(code: string): LabTest {
  const test = labTest(code);
  if (!test) {
    throw new InvariantViolation(
      UNKNOWN_LAB_TEST,
      { codes: [code] },
      { message: `${code} is no longer in the laboratory's catalogue: it cannot be reported.` },
    );
  }
  return test;
}

/**
 * The four-eyes rule of laboratory practice (ISO 15189 review of results): whoever entered a result may not be
 * the one who validates it. Validation releases every result of the order to the requester and the chart.
 */
function validate({ data, meta }: ValidateResultsCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['resulted'], 'be validated');
  const missing = order.placed.tests.filter((c) => !order.results.some((r) => r.code === c));
  if (missing.length > 0) {
    throw new InvariantViolation(
      RESULTS_INCOMPLETE,
      { orderId: data.orderId, codes: missing },
      { message: `Results are still missing for ${missing.join(', ')}: enter them before validating.` },
    );
  }
  if (order.results.some((r) => r.enteredBy === meta.actorId)) {
    throw new InvariantViolation(
      VALIDATOR_ENTERED_RESULTS,
      { orderId: data.orderId },
      { message: 'You entered results on this order, so someone else must validate them.' },
    );
  }
  const collectedAt = order.collectedAt ?? order.placed.at;
  const released: LabOrderEvent[] = order.results.map(({ enteredBy: _by, enteredAt: _at, ...r }) => ({
    type: 'lab.ResultReleased',
    data: {
      ...r,
      orderId: data.orderId,
      patientId: order.placed.patientId,
      requesterId: order.placed.requesterId,
      collectedAt,
      releasedAt: meta.now,
    },
  }));
  return [{ type: 'lab.ResultsValidated', data: recorded(order, meta) }, ...released];
}

function cancel({ data, meta }: CancelLabOrderCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['placed', 'collected', 'received', 'resulted'], 'be cancelled');
  return [{ type: 'lab.LabOrderCancelled', data: { ...recorded(order, meta), reason: data.reason } }];
}

function acknowledge({ data, meta }: AcknowledgeCriticalResultCommand, state: LabOrderState): LabOrderEvent[] {
  const order = orderIn(state, data.orderId, ['released'], 'be acknowledged');
  const codes = order.results.filter((r) => isCritical(r.flag)).map((r) => r.code);
  if (codes.length === 0) {
    throw new InvariantViolation(
      NO_CRITICAL_RESULT,
      { orderId: data.orderId },
      { message: 'This order has no critical result to acknowledge.' },
    );
  }
  if (order.criticalAcknowledgedAt !== null) {
    throw new InvariantViolation(
      CRITICAL_ALREADY_ACKNOWLEDGED,
      { orderId: data.orderId },
      { message: "This order's critical results were already acknowledged." },
    );
  }
  return [{ type: 'lab.CriticalResultAcknowledged', data: { ...recorded(order, meta), codes } }];
}

const recorded = (order: Open, meta: { actorId: string; now: string }) => ({
  orderId: order.placed.orderId,
  patientId: order.placed.patientId,
  at: meta.now,
  by: meta.actorId,
});

export const labOrderDecider: Decider<LabOrderState, LabOrderCommand, LabOrderEvent> = { initialState, decide, evolve };
