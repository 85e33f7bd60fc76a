import { defineProjection } from '@hms/sdk';
import { CoverageRegistered } from '../contracts/account-events';

/** Which account holds each cover: the cover itself is folded from the account's stream, this only finds it. */
export const coveragesProjection = defineProjection({
  name: 'billing.coverages',
  mode: 'inline',
  handles: [CoverageRegistered],
  tables: ['billing.coverages'],
  async evolve(event, sql) {
    await sql.query(
      `INSERT INTO billing.coverages (coverage_id, patient_id) VALUES ($1, $2) ON CONFLICT (coverage_id) DO NOTHING`,
      [event.data.coverageId, event.data.patientId],
    );
  },
});
