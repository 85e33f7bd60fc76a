import type { Command, DataOf, DomainEvent } from '@hms/sdk';
import type {
  CriticalResultAcknowledged,
  LabOrderCancelled,
  LabOrderPlaced,
  ResultReleased,
  ResultsEntered,
  ResultsValidated,
  SpecimenCollected,
  SpecimenReceived,
} from '../../contracts/events';
import type { PatientSex, Priority } from '../../contracts/schemas';

type Of<T extends string, D> = DomainEvent<T, D>;

export type LabOrderEvent =
  | Of<'lab.LabOrderPlaced', DataOf<typeof LabOrderPlaced>>
  | Of<'lab.SpecimenCollected', DataOf<typeof SpecimenCollected>>
  | Of<'lab.SpecimenReceived', DataOf<typeof SpecimenReceived>>
  | Of<'lab.ResultsEntered', DataOf<typeof ResultsEntered>>
  | Of<'lab.ResultsValidated', DataOf<typeof ResultsValidated>>
  | Of<'lab.ResultReleased', DataOf<typeof ResultReleased>>
  | Of<'lab.LabOrderCancelled', DataOf<typeof LabOrderCancelled>>
  | Of<'lab.CriticalResultAcknowledged', DataOf<typeof CriticalResultAcknowledged>>;

export type PlaceLabOrderCommand = Command<
  'lab.PlaceLabOrder',
  {
    orderId: string;
    accession: string;
    patientId: string;
    tests: readonly string[];
    panels: readonly string[];
    priority: Priority;
    clinicalQuestion?: string;
    patientSex: PatientSex;
    patientBirthDate: string;
  }
>;
export type CollectSpecimenCommand = Command<'lab.CollectSpecimen', { orderId: string }>;
export type ReceiveSpecimenCommand = Command<'lab.ReceiveSpecimen', { orderId: string }>;
export type EnterResultsCommand = Command<
  'lab.EnterResults',
  { orderId: string; results: readonly { code: string; value: number }[] }
>;
export type ValidateResultsCommand = Command<'lab.ValidateResults', { orderId: string }>;
export type CancelLabOrderCommand = Command<'lab.CancelLabOrder', { orderId: string; reason: string }>;
export type AcknowledgeCriticalResultCommand = Command<'lab.AcknowledgeCriticalResult', { orderId: string }>;

export type LabOrderCommand =
  | PlaceLabOrderCommand
  | CollectSpecimenCommand
  | ReceiveSpecimenCommand
  | EnterResultsCommand
  | ValidateResultsCommand
  | CancelLabOrderCommand
  | AcknowledgeCriticalResultCommand;
