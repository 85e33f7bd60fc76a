import { definePermission } from '@hms/sdk';

/**
 * Run the analytics reports. Their results are aggregates (counts, rates, durations) with no patient ids, but
 * they are computed from patient data and a small ward's figures can point at a person: runs are audited.
 */
export const ANALYTICS_REPORT = definePermission(
  'analytics:reports:run',
  'Run the outcome, utilisation and finance reports',
  {
    patientData: true,
  },
);

/** See the dashboard's headline counts (no patient ids; refreshed every few seconds, so not audited per read). */
export const ANALYTICS_DASHBOARD = definePermission('analytics:dashboard:read', 'See the hospital dashboard figures');
