import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { dayListReplica, freeSlotsReplica } from './replicas/day-list.replicas';
import { appointmentTodayRelationship } from './care/appointment-today.relationship';
import { SCHEDULING_EVENTS } from './contracts/events';
import { APPOINTMENT_BOOK, APPOINTMENT_READ, SCHEDULE_MANAGE, SCHEDULE_READ } from './contracts/permissions';
import { acceptWaitlistOfferHandler } from './handlers/accept-waitlist-offer.handler';
import { addScheduleExceptionHandler } from './handlers/add-schedule-exception.handler';
import { bookAppointmentHandler } from './handlers/book-appointment.handler';
import { cancelAppointmentHandler } from './handlers/cancel-appointment.handler';
import { cancelWaitlistEntryHandler } from './handlers/cancel-waitlist-entry.handler';
import { checkInAppointmentHandler } from './handlers/check-in-appointment.handler';
import { completeAppointmentHandler } from './handlers/complete-appointment.handler';
import { declineWaitlistOfferHandler } from './handlers/decline-waitlist-offer.handler';
import { defineScheduleHandler } from './handlers/define-schedule.handler';
import { expireWaitlistOffersHandler } from './handlers/expire-waitlist-offers.handler';
import { findFreeSlotsHandler } from './handlers/find-free-slots.handler';
import { getAppointmentHandler } from './handlers/get-appointment.handler';
import { getScheduleHandler } from './handlers/get-schedule.handler';
import { joinWaitlistHandler } from './handlers/join-waitlist.handler';
import { listAppointmentsHandler } from './handlers/list-appointments.handler';
import { listAppointmentsToRebookHandler } from './handlers/list-appointments-to-rebook.handler';
import { listSchedulesHandler } from './handlers/list-schedules.handler';
import { listWaitlistHandler } from './handlers/list-waitlist.handler';
import { recordAppointmentNoShowHandler } from './handlers/record-appointment-no-show.handler';
import { rescheduleAppointmentHandler } from './handlers/reschedule-appointment.handler';
import { expireWaitlistOffersJob } from './jobs/expire-waitlist-offers.job';
import { sendAppointmentRemindersJob } from './jobs/send-appointment-reminders.job';
import type { SchedulingPluginOptions } from './options';
import { createAppointmentsMigration } from './migrations/0001-appointments.migration';
import { createWaitlistAndRemindersMigration } from './migrations/0002-waitlist-reminders.migration';
import { createScheduleDirectoryMigration } from './migrations/0003-schedule-directory.migration';
import { appointmentsProjection } from './projections/appointments.projection';
import { scheduleDirectoryProjection } from './projections/schedule-directory.projection';
import { waitlistProjection } from './projections/waitlist.projection';
import { appointmentRoutes } from './routes/appointment.routes';
import { rebookingRoutes } from './routes/rebooking.routes';
import { scheduleRoutes } from './routes/schedule.routes';
import { waitlistRoutes } from './routes/waitlist.routes';
import { schedulingSeed } from './seed/scheduling.seed';
import { getFhirAppointmentsHandler } from './fhir/fhir-appointments.queries';
import { appointmentFhirResource } from './fhir/scheduling.fhir';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.3: the day list and free slots replicas; booking and appointment steps offline-capable
export const SCHEDULING_PLUGIN_VERSION = '1.4.0';

/**
 * Practitioners' schedules, appointments, the waiting list and reminders. Split out of the patient plugin (1.x):
 * its events and permissions keep the `patient.` names they were released under (docs/scheduling.md).
 */
export const schedulingPlugin: PluginDefinition<SchedulingPluginOptions> = definePlugin<SchedulingPluginOptions>({
  name: 'scheduling',
  version: SCHEDULING_PLUGIN_VERSION,
  sdk: '^2.9.0', // care relationships (2.1; as statements, 2.4), replicas (2.9)
  description: "Practitioners' schedules, appointments, the waiting list and reminders",
  dependsOn: { patient: '^1.0.0' },
  // Staff, when enabled, names practitioners and says which days they may not work (docs/scheduling.md).
  optionalDependsOn: { staff: '^0.2.0' },
  formerlyPartOf: ['patient'],
  permissions: [SCHEDULE_MANAGE, SCHEDULE_READ, APPOINTMENT_BOOK, APPOINTMENT_READ],
  // Added to the patient plugin's suggested roles of the same name.
  roles: [
    {
      name: 'front-desk',
      description: 'Registers patients, corrects their details and finds them',
      permissions: [SCHEDULE_MANAGE, SCHEDULE_READ, APPOINTMENT_BOOK, APPOINTMENT_READ],
    },
    {
      name: 'nurse',
      description: 'Finds patients and keeps their contact details current',
      permissions: [SCHEDULE_READ, APPOINTMENT_READ],
    },
    { name: 'physician', description: 'Finds patients', permissions: [SCHEDULE_READ, APPOINTMENT_READ] },
  ],
  events: SCHEDULING_EVENTS,
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
  ],
  fhir: [appointmentFhirResource],
  replicas: [dayListReplica, freeSlotsReplica],
  queries: [
    getFhirAppointmentsHandler,
    getScheduleHandler,
    listSchedulesHandler,
    findFreeSlotsHandler,
    getAppointmentHandler,
    listAppointmentsHandler,
    listAppointmentsToRebookHandler,
    listWaitlistHandler,
  ],
  projections: [appointmentsProjection, waitlistProjection, scheduleDirectoryProjection],
  careRelationships: [appointmentTodayRelationship],
  // The waitlist's static paths go before `/appointments/:id`.
  routes: [...scheduleRoutes, ...waitlistRoutes, ...rebookingRoutes, ...appointmentRoutes],
  paths: ['/appointments', '/schedules'],
  migrations: [createAppointmentsMigration, createWaitlistAndRemindersMigration, createScheduleDirectoryMigration],
  /** Reminders; the waitlist's expiry runs as the `ExpireWaitlistOffers` command (a job cannot dispatch one). */
  jobs: [sendAppointmentRemindersJob, expireWaitlistOffersJob],
  seed: schedulingSeed,
});
