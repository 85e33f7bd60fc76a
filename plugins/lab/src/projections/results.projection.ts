import { defineProjection } from '@hms/sdk';
import { ResultReleased } from '../contracts/events';

/** Released results, one row per order and test: the cumulative view per patient. Inline. */
export const resultsProjection = defineProjection({
  name: 'lab.results',
  mode: 'inline',
  handles: [ResultReleased],
  tables: ['lab.results'],
  async evolve(event, sql) {
    const d = event.data;
    await sql.query(
      `INSERT INTO lab.results (order_id, code, patient_id, value, unit, flag, reference_low, reference_high, collected_at, released_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (order_id, code) DO NOTHING`,
      [
        d.orderId,
        d.code,
        d.patientId,
        d.value,
        d.unit,
        d.flag,
        d.referenceLow,
        d.referenceHigh,
        d.collectedAt,
        d.releasedAt,
      ],
    );
  },
});
