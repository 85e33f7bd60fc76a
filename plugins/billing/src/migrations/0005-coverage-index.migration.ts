import { defineMigration } from '@hms/sdk';

/**
 * Which patient's account holds a cover (billing 1.3), so FHIR `Coverage/<id>` finds the account to fold. Filled by
 * `billing.coverages` (rebuild it to index covers registered before 1.3).
 */
export const createCoverageIndexMigration = defineMigration('0005-coverage-index', [
  `CREATE TABLE billing.coverages (
    coverage_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL
  )`,
]);
