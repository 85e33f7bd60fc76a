import { handleQuery } from '@hms/sdk';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { ListClaims, type ClaimSummary } from '../contracts/queries';

interface ClaimRow {
  id: string;
  patient_id: string;
  payer_id: string;
  status: ClaimSummary['status'];
  total: string;
  benefit: string;
  currency: string;
  created_at: Date;
}

export const listClaimsHandler = handleQuery(ListClaims, {
  permission: CLAIM_MANAGE,
  auditPatient: (_params, result) => [...new Set((result?.claims ?? []).map((c) => c.patientId))],
  async handle(params, ctx) {
    const rows = await ctx.sql.query<ClaimRow>(
      `SELECT id, patient_id, payer_id, status, total::text, benefit::text, currency, created_at FROM billing.claims
        WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at, id LIMIT $2`,
      [params.status ?? null, params.limit],
    );
    const claims: ClaimSummary[] = rows.map((r) => ({
      claimId: r.id,
      patientId: r.patient_id,
      payerId: r.payer_id,
      status: r.status,
      total: { amount: Number(r.total), currency: r.currency },
      benefitTotal: { amount: Number(r.benefit), currency: r.currency },
      createdAt: r.created_at.toISOString(),
    }));
    return { claims };
  },
});
