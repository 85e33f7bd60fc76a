import type { QueryContext } from '@hms/sdk';

/** The patient's open inpatient encounter (their stay on a ward), or null. */
export async function openInpatientStay(ctx: Pick<QueryContext, 'sql'>, patientId: string): Promise<string | null> {
  const [row] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM ehr.encounters WHERE patient_id = $1 AND class = 'inpatient' AND status = 'open'
      ORDER BY opened_at DESC LIMIT 1`,
    [patientId],
  );
  return row?.id ?? null;
}
