import type {
  CommandRegistration,
  EventDefinition,
  MigrationDefinition,
  PermissionDefinition,
  ProjectionDefinition,
  QueryRegistration,
  RouteDefinition,
} from '@hms/sdk';
import { PatientDetailsChanged, PatientMergeReceived, PatientMerged } from './contracts/mpi-events';
import { PATIENT_MERGE } from './contracts/permissions';
import { findDuplicateCandidatesHandler } from './handlers/find-duplicate-candidates.handler';
import { getPatientTimelineHandler } from './handlers/get-patient-timeline.handler';
import { mergePatientsHandler } from './handlers/merge-patients.handler';
import { resolvePatientHandler } from './handlers/resolve-patient.handler';
import { updatePatientDetailsHandler } from './handlers/update-patient-details.handler';
import { createMasterPatientIndexMigration } from './migrations/0002-master-patient-index.migration';
import { timelineVisibilityMigration } from './migrations/0050-timeline-visibility.migration';
import { masterIndexProjection } from './projections/master-index.projection';
import { patientTimelineProjection } from './projections/patient-timeline.projection';
import { masterIndexRoutes } from './routes/master-index.routes';

/**
 * What the master patient index (details, duplicate detection, merges, the timeline) adds to the patient
 * plugin's manifest (plugin.ts spreads these in). Registration and the directory stay in plugin.ts.
 */
export const mpi = {
  permissions: [PATIENT_MERGE],
  /** Added to the suggested roles of the same name: the front desk merges the duplicates it finds. */
  roles: {
    'front-desk': [PATIENT_MERGE],
    nurse: [],
    physician: [],
  } satisfies Record<string, readonly PermissionDefinition[]>,
  events: [PatientDetailsChanged, PatientMerged, PatientMergeReceived] as readonly EventDefinition[],
  commands: [updatePatientDetailsHandler, mergePatientsHandler] as readonly CommandRegistration[],
  queries: [findDuplicateCandidatesHandler, getPatientTimelineHandler, resolvePatientHandler] as readonly QueryRegistration[],
  projections: [masterIndexProjection, patientTimelineProjection] as readonly ProjectionDefinition[],
  routes: masterIndexRoutes,
  migrations: [createMasterPatientIndexMigration, timelineVisibilityMigration] as readonly MigrationDefinition[],
};
