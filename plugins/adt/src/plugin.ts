import type {
  CommandRegistration,
  EventDefinition,
  MigrationDefinition,
  PermissionDefinition,
  ProjectionDefinition,
  QueryRegistration,
  RoleSuggestion,
  RouteDefinition,
} from '@hms/sdk';
import { ADT_EVENTS } from './contracts/adt-events';
import { ADT_WRITE, CENSUS_READ, WARD_MANAGE, WARD_READ } from './contracts/adt-permissions';
import { WARD_EVENTS } from './contracts/ward-events';
import { admitPatientHandler } from './handlers/admit-patient.handler';
import { getCensusHandler, getWardBoardHandler, listWardsHandler } from './handlers/adt-queries.handler';
import { defineWardHandler } from './handlers/define-ward.handler';
import { dischargePatientHandler } from './handlers/discharge-patient.handler';
import { addBedHandler, removeBedHandler, setBedServiceHandler } from './handlers/manage-beds.handler';
import { transferPatientHandler } from './handlers/transfer-patient.handler';
import { createAdtMigration } from './migrations/0020-adt-wards-beds.migration';
import { admissionsProjection } from './projections/admissions.projection';
import { bedBoardProjection } from './projections/bed-board.projection';
import { adtRoutes } from './routes/adt.routes';

/**
 * What admissions, transfers and discharges (wards, beds, stays) contribute to the patient plugin's manifest
 * (plugin.ts spreads these in), kept together so the ADT part reads as one unit.
 */
export const adt = {
  permissions: [WARD_MANAGE, WARD_READ, ADT_WRITE, CENSUS_READ],
  /** Added to the suggested roles of the same name. */
  roles: {
    'front-desk': [WARD_READ],
    nurse: [WARD_READ, CENSUS_READ, ADT_WRITE],
    physician: [WARD_READ, CENSUS_READ],
  } satisfies Record<string, readonly PermissionDefinition[]>,
  /** New suggested roles. */
  newRoles: [
    {
      name: 'bed-manager',
      description: 'Keeps the wards and beds, admits, moves and discharges patients, sees the census',
      permissions: [WARD_MANAGE, WARD_READ, ADT_WRITE, CENSUS_READ],
    },
  ] satisfies readonly RoleSuggestion[],
  events: [...WARD_EVENTS, ...ADT_EVENTS] as readonly EventDefinition[],
  commands: [
    defineWardHandler,
    addBedHandler,
    removeBedHandler,
    setBedServiceHandler,
    admitPatientHandler,
    transferPatientHandler,
    dischargePatientHandler,
  ] as readonly CommandRegistration[],
  queries: [listWardsHandler, getWardBoardHandler, getCensusHandler] as readonly QueryRegistration[],
  projections: [bedBoardProjection, admissionsProjection] as readonly ProjectionDefinition[],
  routes: adtRoutes as readonly RouteDefinition[],
  paths: ['/wards', '/admissions', '/census'],
  migrations: [createAdtMigration] as readonly MigrationDefinition[],
};
