import { definePermission } from '@hms/sdk';
import { ACCESS_PERMISSIONS } from '../access/access-permissions';

/** Manage accounts, roles and their permissions. Held through the `admin` role's `*`. */
export const ACCOUNTS_MANAGE = definePermission('core:accounts:manage', 'Manage user accounts and roles');

/** See the job queues (counts, failed runs, schedules) and retry failed runs. Held through the `admin` role's `*`. */
export const JOBS_MANAGE = definePermission('core:jobs:manage', 'See the job queues and retry failed jobs');

/**
 * See the enabled modules with their versions, the SDK version and the health of the parts the system depends on
 * (PostgreSQL, Redis, jobs, the session cache): the administrators' status screen. Held through the `admin` role's `*`.
 */
export const SYSTEM_READ = definePermission('core:system:read', 'See the enabled modules, versions and health');

/**
 * Read any report run and its result, not only one's own (auditors, the managers' office). Report results may be
 * drawn from patient data, so reading them is audited as such. Held through the `admin` role's `*`.
 */
export const REPORTS_READ_ALL = definePermission('core:reports:read-all', "Read every user's report runs and results", {
  patientData: true,
});

/**
 * Search the audit log (who saw or changed which patient's data, and when) and export a patient's access history:
 * the privacy officer's. Records name patients, so reading them is itself audited, naming the patient searched.
 * Held by the suggested `privacy-officer` role, and by the `admin` role's `*`.
 */
export const AUDIT_READ = definePermission('core:audit:read', 'Search the audit log and export access histories', {
  patientData: true,
});

/**
 * Read the Provenance of FHIR imports (`GET /fhir/R4/Provenance`): who imported which records from which system,
 * and when. It names patients, so each read is audited and follows the care-relationship rule (which is why no
 * reviewer role is suggested with it). Held by the `admin` role's `*`; a hospital grants it to the clinical roles
 * that import records.
 */
export const PROVENANCE_READ = definePermission('core:provenance:read', 'Read the provenance of FHIR imports', {
  patientData: true,
  clinical: true,
});

/** The permissions the kernel itself declares, listed beside the plugins' ones. */
export const KERNEL_PERMISSIONS = [
  ACCOUNTS_MANAGE,
  JOBS_MANAGE,
  SYSTEM_READ,
  REPORTS_READ_ALL,
  AUDIT_READ,
  PROVENANCE_READ,
  ...ACCESS_PERMISSIONS,
];
