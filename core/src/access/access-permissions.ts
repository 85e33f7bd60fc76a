import { definePermission } from '@hms/sdk';

/**
 * Reach every patient's clinical data without a care relationship, even under the care-relationship policy: the
 * system's own work, and the `admin` role's `*`. Grant it to people, not to clinical roles: each such access is
 * still audited, with `access: 'unrestricted'`.
 */
export const CARE_UNRESTRICTED = definePermission(
  'core:care:unrestricted',
  "Reach every patient's clinical data without a care relationship",
);

/** Give a named colleague access to one patient until a date (a covering doctor, a consultant asked for advice). */
export const CARE_GRANT = definePermission('core:care:grant', 'Grant a colleague access to a patient until a date', {
  patientData: true,
});

/** Review emergency (break-the-glass) accesses and record whether each was justified: the privacy officer. */
export const EMERGENCY_ACCESS_REVIEW = definePermission(
  'core:care:review-emergency',
  'Review emergency (break-the-glass) accesses',
  { patientData: true },
);

export const ACCESS_PERMISSIONS = [CARE_UNRESTRICTED, CARE_GRANT, EMERGENCY_ACCESS_REVIEW];
