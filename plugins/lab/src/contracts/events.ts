import { defineEvent, z } from '@hms/sdk';
import {
  flagSchema,
  loincCodeSchema,
  patientSexSchema,
  prioritySchema,
  resultSchema,
  specimenLabelSchema,
} from './schemas';
import { LAB_RESULT_READ } from './permissions';

const recorded = { orderId: z.uuid(), patientId: z.uuid(), at: z.iso.datetime(), by: z.string() };

/**
 * An order from the chart. It carries the patient's sex and birth date as a paper requisition does, so the
 * laboratory judges results against the right range without reading the patient's record.
 */
export const LabOrderPlaced = defineEvent(
  'lab.LabOrderPlaced',
  z.object({
    ...recorded,
    accession: z.string(),
    tests: z.array(loincCodeSchema),
    panels: z.array(loincCodeSchema),
    priority: prioritySchema,
    clinicalQuestion: z.string().nullable(),
    requesterId: z.string(),
    patientSex: patientSexSchema,
    patientBirthDate: z.iso.date(),
  }),
  {
    timeline: (d) => ({ patientId: d.patientId, at: d.at, summary: { orderId: d.orderId, priority: d.priority } }),
  },
);

export const SpecimenCollected = defineEvent(
  'lab.SpecimenCollected',
  z.object({ ...recorded, labels: z.array(specimenLabelSchema) }),
);

export const SpecimenReceived = defineEvent('lab.SpecimenReceived', z.object(recorded));

/** Results as entered (again, to correct them before validation): each replaces an earlier one of its test. */
export const ResultsEntered = defineEvent(
  'lab.ResultsEntered',
  z.object({ ...recorded, results: z.array(resultSchema) }),
);

/** A second person checked the results and released them: they now reach the requester and the chart. */
export const ResultsValidated = defineEvent('lab.ResultsValidated', z.object(recorded));

/**
 * One released result, for whoever follows results (the chart's observations, the cumulative view): the value,
 * its flag and range, when the specimen was taken and who asked for it.
 */
export const ResultReleased = defineEvent(
  'lab.ResultReleased',
  z.object({
    orderId: z.uuid(),
    patientId: z.uuid(),
    requesterId: z.string(),
    code: loincCodeSchema,
    value: z.number(),
    unit: z.string(),
    flag: flagSchema,
    referenceLow: z.number().nullable(),
    referenceHigh: z.number().nullable(),
    collectedAt: z.iso.datetime(),
    releasedAt: z.iso.datetime(),
  }),
  {
    timeline: (d) => ({
      patientId: d.patientId,
      at: d.releasedAt,
      summary: { orderId: d.orderId, code: d.code, flag: d.flag },
      // A result's flag is clinical: the front desk's timeline shows the order, not how the result came out.
      visibleWith: LAB_RESULT_READ,
    }),
  },
);

export const LabOrderCancelled = defineEvent('lab.LabOrderCancelled', z.object({ ...recorded, reason: z.string() }));

/** Someone responsible read a critical result: the record that it reached a clinician, and when. */
export const CriticalResultAcknowledged = defineEvent(
  'lab.CriticalResultAcknowledged',
  z.object({ ...recorded, codes: z.array(loincCodeSchema) }),
);

/**
 * An analyser's message was filed: its results are on the orders (as `ResultsEntered` by the interface's account).
 * Kept on a stream of its own, named by the sender, the message control id and the text, so a resend is seen.
 */
export const AnalyserMessageAccepted = defineEvent(
  'lab.AnalyserMessageAccepted',
  z.object({
    messageKey: z.string(),
    controlId: z.string(),
    sender: z.string(),
    orderIds: z.array(z.uuid()),
    patientIds: z.array(z.uuid()),
    results: z.number().int(),
    at: z.iso.datetime(),
    by: z.string(),
  }),
);

export const LAB_EVENTS = [
  LabOrderPlaced,
  SpecimenCollected,
  SpecimenReceived,
  ResultsEntered,
  ResultsValidated,
  ResultReleased,
  LabOrderCancelled,
  CriticalResultAcknowledged,
  AnalyserMessageAccepted,
] as const;
