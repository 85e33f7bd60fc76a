import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { PATIENT_EVENTS } from './contracts/events';
import {
  PATIENT_MERGE,
  PATIENT_READ,
  PATIENT_REGISTER,
  PATIENT_UNMERGE,
  PATIENT_UPDATE,
} from './contracts/permissions';
import { MRN_SEQUENCE } from './domain/mrn/mrn';
import { patientFhirResource } from './fhir/patient.fhir';
import { searchFhirPatientsHandler } from './fhir/search-fhir-patients.handler';
import { getFhirPatientHistoryHandler } from './fhir/get-fhir-patient-history.handler';
import { findDuplicateCandidatesHandler } from './handlers/find-duplicate-candidates.handler';
import { getPatientTimelineHandler } from './handlers/get-patient-timeline.handler';
import { getPatientHandler } from './handlers/get-patient.handler';
import { mergePatientsHandler } from './handlers/merge-patients.handler';
import { unmergePatientHandler } from './handlers/unmerge-patient.handler';
import { registerPatientHandler } from './handlers/register-patient.handler';
import { resolvePatientHandler } from './handlers/resolve-patient.handler';
import { searchPatientsHandler } from './handlers/search-patients.handler';
import { updatePatientDemographicsHandler } from './handlers/update-patient-demographics.handler';
import { updatePatientDetailsHandler } from './handlers/update-patient-details.handler';
import { createDirectoryMigration } from './migrations/0001-directory.migration';
import { createMasterPatientIndexMigration } from './migrations/0002-master-patient-index.migration';
import { timelineVisibilityMigration } from './migrations/0050-timeline-visibility.migration';
import { masterIndexProjection } from './projections/master-index.projection';
import { patientDirectoryProjection } from './projections/patient-directory.projection';
import { patientTimelineProjection } from './projections/patient-timeline.projection';
import { masterIndexRoutes } from './routes/master-index.routes';
import { patientRoutes } from './routes/patient.routes';
import { patientSeed } from './seed/patient.seed';
import { patientReplica } from './replicas/patient.replica';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.4: Portuguese client messages; registration and demographics offline-capable
export const PATIENT_PLUGIN_VERSION = '1.4.0';

/**
 * Registration, demographics, the master patient index (details, duplicates, merges) and the patient's timeline.
 * Scheduling (`@hms/plugin-scheduling`) and admissions (`@hms/plugin-adt`) build on it through its contracts.
 */
export const patientPlugin: PluginDefinition = definePlugin({
  name: 'patient',
  version: PATIENT_PLUGIN_VERSION,
  // its FHIR contribution (2.4), import (2.6) and history (2.8); ctx.mayReadClinicalData for the timeline (2.1);
  // the banner's replica (2.9)
  sdk: '^2.9.0',
  description: 'Patient registration and the master patient index',
  permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE, PATIENT_MERGE, PATIENT_UNMERGE],
  roles: [
    {
      name: 'front-desk',
      description: 'Registers patients, corrects their details and finds them',
      permissions: [PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE, PATIENT_MERGE, PATIENT_UNMERGE],
    },
    {
      name: 'nurse',
      description: 'Finds patients and keeps their contact details current',
      permissions: [PATIENT_READ, PATIENT_UPDATE],
    },
    { name: 'physician', description: 'Finds patients', permissions: [PATIENT_READ] },
    // The kernel suggests this role with core:audit:read; finding the patient whose access history is asked for
    // (by name or MRN) is this plugin's part. The kernel merges suggestions of one name into one role.
    {
      name: 'privacy-officer',
      description: 'Finds the patient whose access history is reviewed',
      permissions: [PATIENT_READ],
    },
  ],
  events: PATIENT_EVENTS,
  replicas: [patientReplica],
  commands: [
    registerPatientHandler,
    updatePatientDemographicsHandler,
    updatePatientDetailsHandler,
    mergePatientsHandler,
    unmergePatientHandler,
  ],
  queries: [
    getPatientHandler,
    searchPatientsHandler,
    findDuplicateCandidatesHandler,
    getPatientTimelineHandler,
    resolvePatientHandler,
    searchFhirPatientsHandler,
    getFhirPatientHistoryHandler,
  ],
  projections: [patientDirectoryProjection, masterIndexProjection, patientTimelineProjection],
  seed: patientSeed,
  routes: [...patientRoutes, ...masterIndexRoutes],
  paths: ['/patients'],
  migrations: [createDirectoryMigration, createMasterPatientIndexMigration, timelineVisibilityMigration],
  sequences: [MRN_SEQUENCE],
  // FHIR Patient, read, searched and its versions read through this plugin's own queries (SDK 2.4, 2.8; docs/fhir.md).
  fhir: [patientFhirResource],
});
