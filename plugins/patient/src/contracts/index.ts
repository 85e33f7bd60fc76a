export { RegisterPatient, UpdatePatientDemographics } from './commands';
export { COUNTRY_CODES, isCountryCode } from './country-codes';
export {
  addressSchema,
  birthDateSchema,
  DEMOGRAPHIC_FIELDS,
  demographicsChangesSchema,
  demographicsSchema,
  genderSchema,
  personNameSchema,
  preferredLanguageSchema,
} from './demographics';
export type { Address, Demographics, DemographicsChanges, Gender } from './demographics';
export { PatientDemographicsUpdated, PatientRegistered } from './events';
export { mrnSchema } from './mrn-schema';
export { PATIENT_MERGE, PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE } from './permissions';
export {
  DEFAULT_PAGE_SIZE,
  GetPatient,
  MAX_PAGE_SIZE,
  patientPageSchema,
  patientViewSchema,
  SearchPatients,
} from './queries';
export type { PatientPage, PatientView } from './queries';
export { patientReferenceSchema, ResolvePatient } from './patient-reference';
export type { PatientReference } from './patient-reference';
export {
  AddScheduleException,
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  DefineSchedule,
  RecordAppointmentNoShow,
  RescheduleAppointment,
} from './scheduling.commands';
export {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
  ScheduleDefined,
  ScheduleExceptionAdded,
  SlotReleased,
  SlotReserved,
} from './scheduling.events';
export { APPOINTMENT_BOOK, APPOINTMENT_READ, SCHEDULE_MANAGE, SCHEDULE_READ } from './scheduling.permissions';
export {
  appointmentListSchema,
  appointmentViewSchema,
  FindFreeSlots,
  freeSlotListSchema,
  GetAppointment,
  GetSchedule,
  ListAppointments,
  ListSchedules,
  scheduleSummaryListSchema,
  scheduleViewSchema,
} from './scheduling.queries';
export type {
  AppointmentList, AppointmentView, FreeSlot, FreeSlotList, ScheduleSummaryList, ScheduleView,
} from './scheduling.queries';
export type { AppointmentStatus, CancelReason, DayOfWeek } from './scheduling.schemas';
export {
  admissionCategorySchema,
  admissionReasonSchema,
  AdmitPatient,
  DischargePatient,
  dispositionSchema,
  transferCategorySchema,
  transferReasonSchema,
  TransferPatient,
} from './adt-commands';
export type { AdmissionReason, Disposition, TransferReason } from './adt-commands';
export { BedOccupied, BedVacated, PatientAdmitted, PatientDischarged, PatientTransferred } from './adt-events';
export { ADT_WRITE, CENSUS_READ, WARD_MANAGE, WARD_READ } from './adt-permissions';
export {
  censusSchema,
  GetCensus,
  GetWardBoard,
  ListWards,
  stayViewSchema,
  wardBoardSchema,
  wardListSchema,
  wardViewSchema,
} from './adt-queries';
export type { Census, CensusEntry, StayView, WardBoard, WardList, WardView } from './adt-queries';
export { AddBed, DefineWard, RemoveBed, SetBedService } from './ward-commands';
export type { BedServiceReason } from './ward-commands';
export {
  BedAdded,
  BedDecommissioned,
  BedRemoved,
  BedReturnedToService,
  BedTakenOutOfService,
  WardCodeClaimed,
  WardDefined,
} from './ward-events';
export { MergePatients, UpdatePatientDetails } from './mpi-commands';
export { duplicateOverrideSchema, PatientDetailsChanged, PatientMergeReceived, PatientMerged } from './mpi-events';
export type { DuplicateOverride } from './mpi-events';
export {
  duplicateCandidateSchema,
  duplicateCandidatesSchema,
  FindDuplicateCandidates,
  GetPatientTimeline,
  patientTimelineSchema,
  timelineEntrySchema,
} from './mpi-queries';
export type { DuplicateCandidate, DuplicateCandidates, PatientTimeline, TimelineEntry } from './mpi-queries';
export {
  contactSchema,
  coverageSchema,
  DETAIL_FIELDS,
  duplicateOverrideReasonSchema,
  identifierSchema,
  identifierSystemKey,
  identifierValueKey,
  mergeReasonSchema,
  nextOfKinSchema,
  patientDetailsSchema,
} from './patient-details';
export type { ContactPoint, Coverage, NextOfKin, PatientDetails, PatientIdentifier } from './patient-details';
export {
  AcceptWaitlistOffer,
  AppointmentSlotOffered,
  CancelWaitlistEntry,
  DeclineWaitlistOffer,
  DEFAULT_OFFER_HOLD_MINUTES,
  ExpireWaitlistOffers,
  JoinWaitlist,
  ListWaitlist,
  PatientWaitlisted,
  WaitlistEntryCancelled,
  waitlistEntrySchema,
  waitlistListSchema,
  WaitlistOfferAccepted,
  WaitlistOfferDeclined,
  WaitlistOfferExpired,
} from './waitlist';
export type { WaitlistEntryView, WaitlistList, WaitlistStatus } from './waitlist';
export type { AppointmentReminder, ReminderTransport } from '../jobs/reminder-transport';
