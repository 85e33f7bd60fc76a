import type { DataOf, DomainEvent } from '@hms/sdk';
import type { MedicationAdministrationRecorded } from '../../contracts/administration';
import type {
  AllergyRecorded,
  AllergyStatusChanged,
  MedicationChanged,
  MedicationPrescribed,
  MedicationStopped,
  NoteAmendmentStarted,
  NoteCreated,
  NoteSigned,
  ObservationRecorded,
  PlanClosed,
  PlanProgressRecorded,
  PlanStarted,
  ProblemRecorded,
  ProblemResolved,
} from '../../contracts/chart-events';

type Of<T extends string, D extends { readonly schema: unknown }> = DomainEvent<T, DataOf<D>>;

export type ProblemRecordedEvent = Of<'ehr.ProblemRecorded', typeof ProblemRecorded>;
export type ProblemResolvedEvent = Of<'ehr.ProblemResolved', typeof ProblemResolved>;
export type AllergyRecordedEvent = Of<'ehr.AllergyRecorded', typeof AllergyRecorded>;
export type AllergyStatusChangedEvent = Of<'ehr.AllergyStatusChanged', typeof AllergyStatusChanged>;
export type MedicationPrescribedEvent = Of<'ehr.MedicationPrescribed', typeof MedicationPrescribed>;
export type MedicationChangedEvent = Of<'ehr.MedicationChanged', typeof MedicationChanged>;
export type MedicationStoppedEvent = Of<'ehr.MedicationStopped', typeof MedicationStopped>;
export type ObservationRecordedEvent = Of<'ehr.ObservationRecorded', typeof ObservationRecorded>;
export type PlanStartedEvent = Of<'ehr.PlanStarted', typeof PlanStarted>;
export type PlanProgressRecordedEvent = Of<'ehr.PlanProgressRecorded', typeof PlanProgressRecorded>;
export type PlanClosedEvent = Of<'ehr.PlanClosed', typeof PlanClosed>;
export type NoteCreatedEvent = Of<'ehr.NoteCreated', typeof NoteCreated>;
export type NoteSignedEvent = Of<'ehr.NoteSigned', typeof NoteSigned>;
export type NoteAmendmentStartedEvent = Of<'ehr.NoteAmendmentStarted', typeof NoteAmendmentStarted>;

export type MedicationAdministrationRecordedEvent = Of<
  'ehr.MedicationAdministrationRecorded',
  typeof MedicationAdministrationRecorded
>;

export type ChartEvent =
  | MedicationAdministrationRecordedEvent
  | ProblemRecordedEvent
  | ProblemResolvedEvent
  | AllergyRecordedEvent
  | AllergyStatusChangedEvent
  | MedicationPrescribedEvent
  | MedicationChangedEvent
  | MedicationStoppedEvent
  | ObservationRecordedEvent
  | PlanStartedEvent
  | PlanProgressRecordedEvent
  | PlanClosedEvent
  | NoteCreatedEvent
  | NoteSignedEvent
  | NoteAmendmentStartedEvent;
