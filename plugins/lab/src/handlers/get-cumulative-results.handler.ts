import { handleQuery } from '@hms/sdk';
import { LAB_RESULT_READ } from '../contracts/permissions';
import { GetCumulativeResults, type CumulativeResults } from '../contracts/queries';
import { labTest } from '../domain/catalogue/catalogue';

interface ResultRow {
  order_id: string;
  code: string;
  value: number;
  unit: string;
  flag: 'N' | 'H' | 'L' | 'HH' | 'LL' | null;
  reference_low: number | null;
  reference_high: number | null;
  collected_at: Date;
  released_at: Date;
}

/** Every released result of the patient, per test (in catalogue order), each series oldest first. */
export const getCumulativeResultsHandler = handleQuery(GetCumulativeResults, {
  permission: LAB_RESULT_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<CumulativeResults> {
    const rows = await ctx.sql.query<ResultRow>(
      `SELECT order_id, code, value, unit, flag, reference_low, reference_high, collected_at, released_at
         FROM lab.results WHERE patient_id = $1 ORDER BY code, collected_at, order_id`,
      [patientId],
    );
    const tests = new Map<string, CumulativeResults['tests'][number]>();
    for (const r of rows) {
      const series = tests.get(r.code) ?? {
        code: r.code,
        name: labTest(r.code)?.name ?? r.code,
        unit: r.unit,
        results: [],
      };
      series.results.push({
        orderId: r.order_id,
        value: r.value,
        flag: r.flag,
        referenceLow: r.reference_low,
        referenceHigh: r.reference_high,
        collectedAt: r.collected_at.toISOString(),
        releasedAt: r.released_at.toISOString(),
      });
      tests.set(r.code, series);
    }
    return { patientId, tests: [...tests.values()] };
  },
});
