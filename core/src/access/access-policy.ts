/**
 * The installation's rule for clinical data. `care-relationship`: a clinician reaches a patient's chart and notes
 * only while caring for them (a relationship a plugin reports, a grant, or a stated emergency). `role`: holding a
 * clinical permission is enough, for hospitals that have not yet recorded who cares for whom.
 */
export const ACCESS_POLICIES = ['care-relationship', 'role'] as const;
export type AccessPolicy = (typeof ACCESS_POLICIES)[number];
