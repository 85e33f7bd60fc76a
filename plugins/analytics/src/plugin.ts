import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { ANALYTICS_DASHBOARD, ANALYTICS_REPORT } from './contracts/permissions';
import { getDashboardHandler } from './handlers/get-dashboard.handler';
import { createReadModelsMigration } from './migrations/0001-read-models.migration';
import { createDiagnosesMigration } from './migrations/0002-diagnoses.migration';
import { createPatientMergesMigration } from './migrations/0003-patient-merges.migration';
import { createBillingFinanceMigration } from './migrations/0004-billing-finance.migration';
import { createStaffMigration } from './migrations/0005-staff.migration';
import { createStockMovementsMigration } from './migrations/0006-stock-movements.migration';
import { stockMovementsProjection } from './projections/stock-movements.projection';
import { appointmentsProjection } from './projections/appointments.projection';
import { billingFinanceProjection } from './projections/billing-finance.projection';
import { bedCapacityProjection } from './projections/bed-capacity.projection';
import { diagnosesProjection } from './projections/diagnoses.projection';
import { patientMergesProjection } from './projections/patient-merges.projection';
import { schedulesProjection } from './projections/schedules.projection';
import { staffMembersProjection } from './projections/staff-members.projection';
import { staffTimeProjection } from './projections/staff-time.projection';
import { staffTrainingProjection } from './projections/staff-training.projection';
import { staysProjection } from './projections/stays.projection';
import { financialPerformanceReport } from './reports/financial-performance.report';
import { patientOutcomesReport } from './reports/patient-outcomes.report';
import { resourceUtilisationReport } from './reports/resource-utilisation.report';
import { workforceReport } from './reports/workforce.report';
import { analyticsRoutes } from './routes/dashboard.routes';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.1: stock turnover from inventory's events; 1.2: dispensing returns; 1.3: the dashboard's charts; 1.4: Portuguese
// client messages, figures and charts in the language's number form
export const ANALYTICS_PLUGIN_VERSION = '1.4.0';

/**
 * Reports and a dashboard over what the other plugins publish. It reads their events into its own read models
 * (schema `analytics`) and never their tables; without the patient (or EHR) plugin its reports say so instead of
 * counting. Staff's events feed the workforce report (hours, overtime, absence, training, cost) and the utilisation
 * report's staff hours.
 */
export const analyticsPlugin: PluginDefinition = definePlugin({
  name: 'analytics',
  version: ANALYTICS_PLUGIN_VERSION,
  sdk: '^2.0.0',
  description: 'Patient outcomes, resource utilisation and financial reports, and the hospital dashboard',
  optionalDependsOn: {
    patient: '^1.0.0',
    scheduling: '^1.0.0',
    adt: '^1.0.0',
    ehr: '^1.0.0',
    billing: '^1.0.0',
    staff: '^0.2.1',
    // 1.1: stock turnover reads reversed issues too; 1.2: and returns of dispensed medication (inventory 1.4).
    inventory: '^1.4.0',
  },
  permissions: [ANALYTICS_REPORT, ANALYTICS_DASHBOARD],
  roles: [
    {
      name: 'manager',
      description: 'Runs the hospital reports and watches the dashboard',
      permissions: [ANALYTICS_REPORT, ANALYTICS_DASHBOARD],
    },
  ],
  queries: [getDashboardHandler],
  projections: [
    staysProjection,
    bedCapacityProjection,
    appointmentsProjection,
    schedulesProjection,
    diagnosesProjection,
    patientMergesProjection,
    billingFinanceProjection,
    staffMembersProjection,
    staffTimeProjection,
    staffTrainingProjection,
    stockMovementsProjection,
  ],
  reports: [patientOutcomesReport, resourceUtilisationReport, financialPerformanceReport, workforceReport],
  routes: analyticsRoutes,
  paths: ['/analytics'],
  migrations: [
    createReadModelsMigration,
    createDiagnosesMigration,
    createPatientMergesMigration,
    createBillingFinanceMigration,
    createStaffMigration,
    createStockMovementsMigration,
  ],
});
