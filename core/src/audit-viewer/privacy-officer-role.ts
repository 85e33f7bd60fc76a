import type { RoleDefinition } from '../auth/account.service';
import { AUDIT_READ } from '../admin/kernel-permissions';
import { EMERGENCY_ACCESS_REVIEW } from '../access/access-permissions';

/**
 * The role the kernel suggests beside the plugins' ones: a privacy officer reviews who saw or changed which
 * patient's data (emergency accesses first) and answers a patient's request for their access history. It reads
 * the audit log and reviews emergency (break-the-glass) accesses: no clinical record, no administration. Created
 * once; the hospital's edits win.
 */
export const PRIVACY_OFFICER_ROLE: RoleDefinition = {
  name: 'privacy-officer',
  description: "Reviews the audit log, emergency (break-the-glass) accesses and patients' access histories",
  permissions: [AUDIT_READ.name, EMERGENCY_ACCESS_REVIEW.name],
};

/** The roles the kernel itself suggests. */
export const KERNEL_SUGGESTED_ROLES: readonly RoleDefinition[] = [PRIVACY_OFFICER_ROLE];
