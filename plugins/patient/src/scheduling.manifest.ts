import type {
  CommandRegistration,
  EventDefinition,
  JobDefinition,
  MigrationDefinition,
  PermissionDefinition,
  ProjectionDefinition,
  QueryRegistration,
  RouteDefinition,
} from '@hms/sdk';
import {
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
} from './contracts/scheduling.events';
import {
  APPOINTMENT_BOOK,
  APPOINTMENT_READ,
  SCHEDULE_MANAGE,
  SCHEDULE_READ,
} from './contracts/scheduling.permissions';
import { addScheduleExceptionHandler } from './handlers/add-schedule-exception.handler';
import { bookAppointmentHandler } from './handlers/book-appointment.handler';
import { cancelAppointmentHandler } from './handlers/cancel-appointment.handler';
import { checkInAppointmentHandler } from './handlers/check-in-appointment.handler';
import { completeAppointmentHandler } from './handlers/complete-appointment.handler';
import { defineScheduleHandler } from './handlers/define-schedule.handler';
import { findFreeSlotsHandler } from './handlers/find-free-slots.handler';
import { getAppointmentHandler } from './handlers/get-appointment.handler';
import { getScheduleHandler } from './handlers/get-schedule.handler';
import { listSchedulesHandler } from './handlers/list-schedules.handler';
import { listAppointmentsHandler } from './handlers/list-appointments.handler';
import { recordAppointmentNoShowHandler } from './handlers/record-appointment-no-show.handler';
import { rescheduleAppointmentHandler } from './handlers/reschedule-appointment.handler';
import {
  acceptWaitlistOfferHandler,
  cancelWaitlistEntryHandler,
  declineWaitlistOfferHandler,
  expireWaitlistOffersHandler,
  joinWaitlistHandler,
  listWaitlistHandler,
} from './handlers/waitlist.handlers';
import {
  AppointmentSlotOffered,
  PatientWaitlisted,
  WaitlistEntryCancelled,
  WaitlistOfferAccepted,
  WaitlistOfferDeclined,
  WaitlistOfferExpired,
} from './contracts/waitlist';
import { expireWaitlistOffersJob } from './jobs/expire-waitlist-offers.job';
import { sendAppointmentRemindersJob } from './jobs/send-appointment-reminders.job';
import { createAppointmentsMigration } from './migrations/0002-appointments.migration';
import { createWaitlistAndRemindersMigration } from './migrations/0030-waitlist-reminders.migration';
import { createScheduleDirectoryMigration } from './migrations/0040-schedule-directory.migration';
import { scheduleDirectoryProjection } from './projections/schedule-directory.projection';
import { waitlistProjection } from './projections/waitlist.projection';
import { waitlistRoutes } from './routes/waitlist.routes';
import { appointmentsProjection } from './projections/appointments.projection';
import { appointmentRoutes } from './routes/appointment.routes';
import { scheduleRoutes } from './routes/schedule.routes';

/**
 * What appointment scheduling contributes to the patient plugin's manifest (plugin.ts spreads these in), kept
 * together so the scheduling part reads as one unit beside the master patient index and admissions.
 */
export const scheduling = {
  permissions: [SCHEDULE_MANAGE, SCHEDULE_READ, APPOINTMENT_BOOK, APPOINTMENT_READ],
  /** Added to the suggested roles of the same name. */
  roles: {
    'front-desk': [SCHEDULE_MANAGE, SCHEDULE_READ, APPOINTMENT_BOOK, APPOINTMENT_READ],
    nurse: [SCHEDULE_READ, APPOINTMENT_READ],
    physician: [SCHEDULE_READ, APPOINTMENT_READ],
  } satisfies Record<string, readonly PermissionDefinition[]>,
  events: [
    ScheduleDefined,
    ScheduleExceptionAdded,
    SlotReserved,
    SlotReleased,
    AppointmentBooked,
    AppointmentRescheduled,
    AppointmentCheckedIn,
    AppointmentCompleted,
    AppointmentCancelled,
    AppointmentNoShowRecorded,
    PatientWaitlisted,
    AppointmentSlotOffered,
    WaitlistOfferAccepted,
    WaitlistOfferDeclined,
    WaitlistOfferExpired,
    WaitlistEntryCancelled,
  ] as readonly EventDefinition[],
  commands: [
    defineScheduleHandler,
    addScheduleExceptionHandler,
    bookAppointmentHandler,
    checkInAppointmentHandler,
    completeAppointmentHandler,
    recordAppointmentNoShowHandler,
    cancelAppointmentHandler,
    rescheduleAppointmentHandler,
    joinWaitlistHandler,
    acceptWaitlistOfferHandler,
    declineWaitlistOfferHandler,
    cancelWaitlistEntryHandler,
    expireWaitlistOffersHandler,
  ] as readonly CommandRegistration[],
  queries: [
    getScheduleHandler,
    listSchedulesHandler,
    findFreeSlotsHandler,
    getAppointmentHandler,
    listAppointmentsHandler,
    listWaitlistHandler,
  ] as readonly QueryRegistration[],
  projections: [appointmentsProjection, waitlistProjection, scheduleDirectoryProjection] as readonly ProjectionDefinition[],
  // The waitlist's static paths go before `/appointments/:id`.
  routes: [...scheduleRoutes, ...waitlistRoutes, ...appointmentRoutes] as readonly RouteDefinition[],
  paths: ['/appointments', '/schedules'],
  migrations: [
    createAppointmentsMigration, createWaitlistAndRemindersMigration, createScheduleDirectoryMigration,
  ] as readonly MigrationDefinition[],
  /** Reminders; the waitlist's expiry runs as the `ExpireWaitlistOffers` command (a job cannot dispatch one). */
  jobs: [sendAppointmentRemindersJob, expireWaitlistOffersJob] as readonly JobDefinition[],
} as const;
