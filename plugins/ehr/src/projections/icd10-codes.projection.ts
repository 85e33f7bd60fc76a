import { defineProjection } from '@hms/sdk';
import { Icd10CodesLoaded } from '../contracts/chart-events';

/**
 * The hospital's loaded ICD-10 codes, upserted over the compact list (a loaded title wins). Its table also holds
 * the shipped list, so a rebuild must not empty it: it owns no table and only upserts, which replays to the same rows.
 */
export const icd10CodesProjection = defineProjection({
  name: 'ehr.icd10-codes',
  mode: 'inline',
  handles: [Icd10CodesLoaded],
  tables: [],
  async evolve(event, sql) {
    const { codes } = event.data;
    await sql.query(
      `INSERT INTO ehr.icd10_codes (code, title, source)
       SELECT c.code, c.title, 'loaded' FROM unnest($1::text[], $2::text[]) AS c(code, title)
       ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, source = 'loaded'`,
      [codes.map((c) => c.code), codes.map((c) => c.title)],
    );
  },
});
