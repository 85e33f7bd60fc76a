import { definePlugin, type PluginDefinition } from '@hms/sdk';
import type { ReminderTransport } from './jobs/reminder-transport';
import { PatientDemographicsUpdated, PatientRegistered } from './contracts/events';
import { PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE } from './contracts/permissions';
import { MRN_SEQUENCE } from './domain/mrn/mrn';
import { getPatientHandler } from './handlers/get-patient.handler';
import { registerPatientHandler } from './handlers/register-patient.handler';
import { searchPatientsHandler } from './handlers/search-patients.handler';
import { updatePatientDemographicsHandler } from './handlers/update-patient-demographics.handler';
import { createDirectoryMigration } from './migrations/0001-directory.migration';
import { patientDirectoryProjection } from './projections/patient-directory.projection';
import { patientRoutes } from './routes/patient.routes';
import { patientSeed } from './seed/patient.seed';
import { scheduling } from './scheduling.manifest';
import { adt } from './adt.manifest';
import { mpi } from './mpi.manifest';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const PATIENT_PLUGIN_VERSION = '1.0.0';

/** What a hospital may configure: `patientPlugin.configure({ reminderTransport: mySmsRelay })`. */
export interface PatientPluginOptions {
  /** Where appointment reminders go (default: the `patient.reminder_outbox` table). */
  readonly reminderTransport?: ReminderTransport;
}

export const patientPlugin: PluginDefinition<PatientPluginOptions> = definePlugin<PatientPluginOptions>({
  name: 'patient',
  version: PATIENT_PLUGIN_VERSION,
  sdk: '^2.0.0', // published queries and the timeline's other-plugin events (1.1); declared results (2.0)
  description: 'Patient registration and the master patient index',
  permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE, ...scheduling.permissions, ...adt.permissions, ...mpi.permissions],
  roles: [
    {
      name: 'front-desk',
      description: 'Registers patients, corrects their details and finds them',
      permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE, ...scheduling.roles['front-desk'], ...adt.roles['front-desk'], ...mpi.roles['front-desk']],
    },
    {
      name: 'nurse',
      description: 'Finds patients and keeps their contact details current',
      permissions: [PATIENT_READ, PATIENT_UPDATE, ...scheduling.roles.nurse, ...adt.roles.nurse],
    },
    { name: 'physician', description: 'Finds patients', permissions: [PATIENT_READ, ...scheduling.roles.physician, ...adt.roles.physician] },
    ...adt.newRoles,
  ],
  events: [PatientRegistered, PatientDemographicsUpdated, ...scheduling.events, ...adt.events, ...mpi.events],
  commands: [registerPatientHandler, updatePatientDemographicsHandler, ...scheduling.commands, ...adt.commands, ...mpi.commands],
  queries: [getPatientHandler, searchPatientsHandler, ...scheduling.queries, ...adt.queries, ...mpi.queries],
  projections: [patientDirectoryProjection, ...scheduling.projections, ...adt.projections, ...mpi.projections],
  seed: patientSeed,
  routes: [...patientRoutes, ...scheduling.routes, ...adt.routes, ...mpi.routes],
  paths: ['/patients', ...scheduling.paths, ...adt.paths],
  jobs: [...scheduling.jobs],
  migrations: [createDirectoryMigration, ...scheduling.migrations, ...adt.migrations, ...mpi.migrations],
  sequences: [MRN_SEQUENCE],
});
