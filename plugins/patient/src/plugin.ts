import { definePlugin, type PluginDefinition } from '@hms/sdk';
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

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const PATIENT_PLUGIN_VERSION = '1.0.0';

export const patientPlugin: PluginDefinition = definePlugin({
  name: 'patient',
  version: PATIENT_PLUGIN_VERSION,
  sdk: '^1.0.0',
  description: 'Patient registration and the master patient index',
  permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE],
  roles: [
    {
      name: 'front-desk',
      description: 'Registers patients, corrects their details and finds them',
      permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE],
    },
    {
      name: 'nurse',
      description: 'Finds patients and keeps their contact details current',
      permissions: [PATIENT_READ, PATIENT_UPDATE],
    },
    { name: 'physician', description: 'Finds patients', permissions: [PATIENT_READ] },
  ],
  events: [PatientRegistered, PatientDemographicsUpdated],
  commands: [registerPatientHandler, updatePatientDemographicsHandler],
  queries: [getPatientHandler, searchPatientsHandler],
  projections: [patientDirectoryProjection],
  seed: patientSeed,
  routes: patientRoutes,
  paths: ['/patients'],
  migrations: [createDirectoryMigration],
  sequences: [MRN_SEQUENCE],
});
