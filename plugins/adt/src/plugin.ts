import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { PATIENT_READ } from '@hms/plugin-patient/contracts';
import { ADT_EVENTS } from './contracts/events';
import { ADT_WRITE, CENSUS_READ, WARD_MANAGE, WARD_READ, WARD_STAFF_ASSIGN } from './contracts/permissions';
import { attendingRelationship } from './care/attending.relationship';
import { wardStaffRelationship } from './care/ward-staff.relationship';
import { wardTeamMembership } from './care/ward-team.membership';
import { assignWardStaffHandler } from './handlers/assign-ward-staff.handler';
import { endWardStaffAssignmentHandler } from './handlers/end-ward-staff-assignment.handler';
import { listWardStaffHandler } from './handlers/list-ward-staff.handler';
import { createWardStaffMigration } from './migrations/0003-ward-staff.migration';
import { wardStaffProjection } from './projections/ward-staff.projection';
import { addBedHandler } from './handlers/add-bed.handler';
import { admitPatientHandler } from './handlers/admit-patient.handler';
import { defineWardHandler } from './handlers/define-ward.handler';
import { dischargePatientHandler } from './handlers/discharge-patient.handler';
import { getCensusHandler } from './handlers/get-census.handler';
import { getWardBoardHandler } from './handlers/get-ward-board.handler';
import { listWardsHandler } from './handlers/list-wards.handler';
import { removeBedHandler } from './handlers/remove-bed.handler';
import { renameBedHandler } from './handlers/rename-bed.handler';
import { setBedServiceHandler } from './handlers/set-bed-service.handler';
import { transferPatientHandler } from './handlers/transfer-patient.handler';
import { createAdtMigration } from './migrations/0001-wards-beds.migration';
import { createPatientNamesMigration } from './migrations/0002-patient-names.migration';
import { admissionsProjection } from './projections/admissions.projection';
import { bedBoardProjection } from './projections/bed-board.projection';
import { patientNamesProjection } from './projections/patient-names.projection';
import { adtRoutes } from './routes/adt.routes';
import { patientLocationReplica } from './replicas/patient-location.replica';
import { wardBoardReplica } from './replicas/ward-board.replica';
import { locationFhirResource } from './fhir/adt.fhir';
import { getFhirLocationsHandler } from './fhir/fhir-locations.queries';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.5: ward and bed set-up (bed renaming), the ward board replica, admissions, transfers and discharges offline-capable
export const ADT_PLUGIN_VERSION = '1.5.0';

/**
 * Admissions, transfers and discharges: wards, ward codes, beds and stays. Split out of the patient plugin (1.x):
 * its events and permissions keep the `patient.` names they were released under (docs/adt.md).
 */
export const adtPlugin: PluginDefinition = definePlugin({
  name: 'adt',
  version: ADT_PLUGIN_VERSION,
  sdk: '^2.9.0', // care relationships (2.1; as statements, 2.4), ward memberships (2.3), replicas (2.9)
  description: 'Admissions, transfers and discharges: wards, beds and stays',
  dependsOn: { patient: '^1.0.0' },
  // Names the admitting practitioner on the bed board (its published directory), when staff is enabled.
  optionalDependsOn: { staff: '^0.2.1' },
  formerlyPartOf: ['patient'],
  permissions: [WARD_MANAGE, WARD_READ, ADT_WRITE, CENSUS_READ, WARD_STAFF_ASSIGN],
  // The first three add to the patient plugin's suggested roles of the same name.
  roles: [
    {
      name: 'front-desk',
      description: 'Registers patients, corrects their details and finds them',
      permissions: [WARD_READ],
    },
    {
      name: 'nurse',
      description: 'Finds patients and keeps their contact details current',
      permissions: [WARD_READ, CENSUS_READ, ADT_WRITE],
    },
    { name: 'physician', description: 'Finds patients', permissions: [WARD_READ, CENSUS_READ] },
    {
      name: 'bed-manager',
      description: 'Keeps the wards and beds, admits, moves and discharges patients, sees the census',
      // Admitting looks the patient up (the patient plugin's ResolvePatient, asked as the user): without the
      // patient plugin's read permission, every admission by a bed manager was refused.
      permissions: [WARD_MANAGE, WARD_READ, ADT_WRITE, CENSUS_READ, WARD_STAFF_ASSIGN, PATIENT_READ],
    },
  ],
  events: ADT_EVENTS,
  commands: [
    defineWardHandler,
    addBedHandler,
    removeBedHandler,
    renameBedHandler,
    setBedServiceHandler,
    admitPatientHandler,
    transferPatientHandler,
    dischargePatientHandler,
    assignWardStaffHandler,
    endWardStaffAssignmentHandler,
  ],
  queries: [listWardsHandler, getWardBoardHandler, getCensusHandler, listWardStaffHandler, getFhirLocationsHandler],
  fhir: [locationFhirResource],
  replicas: [wardBoardReplica, patientLocationReplica],
  projections: [bedBoardProjection, admissionsProjection, patientNamesProjection, wardStaffProjection],
  careRelationships: [attendingRelationship, wardStaffRelationship],
  wardMemberships: [wardTeamMembership],
  routes: adtRoutes,
  paths: ['/wards', '/admissions', '/census'],
  migrations: [createAdtMigration, createPatientNamesMigration, createWardStaffMigration],
});
