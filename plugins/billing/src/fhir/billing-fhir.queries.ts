import { defineQuery, handleQuery, NotFoundError, z, type QueryContext } from '@hms/sdk';
import { CHARGE_READ, CLAIM_MANAGE } from '../contracts/permissions';
import type { ClaimView, CoverageView } from '../contracts/queries';
import { accountFold } from '../domain/account/account.fold';
import { claimDecider } from '../domain/claim/claim.decider';
import { accountStream, claimStream } from '../domain/streams';
import { CLAIM_NOT_FOUND } from '../errors';
import { accountView } from '../handlers/account-views';
import { claimView } from '../handlers/claim-views';

/** A patient's covers, as FHIR Coverage is mapped from them. */
export interface FhirCoverages {
  readonly patientId: string;
  readonly coverages: readonly CoverageView[];
}

/** Claims with when each was drafted and the patient's covers (a Claim names the cover of its payer). */
export interface FhirClaims {
  readonly claims: readonly (ClaimView & { readonly createdAt: string })[];
  readonly coverages: readonly CoverageView[];
}

/** The covers of one account, folded from its stream like the account itself. Only the FHIR contribution asks it. */
export const GetFhirCoverages = defineQuery(
  'billing.GetFhirCoverages',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's insurance covers, for FHIR Coverage",
).returns<FhirCoverages>();

/** One cover by its id: the account holding it (billing.coverages), then that account's covers. */
export const FindFhirCoverage = defineQuery(
  'billing.FindFhirCoverage',
  z.strictObject({ coverageId: z.uuid() }),
  'One insurance cover with the covers of its account, for FHIR Coverage',
).returns<FhirCoverages | null>();

/** A patient's claims, each folded from its stream, with the account's covers. */
export const GetFhirClaims = defineQuery(
  'billing.GetFhirClaims',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's insurance claims, for FHIR Claim and ClaimResponse",
).returns<FhirClaims>();

/** One claim by its id, with its account's covers. */
export const FindFhirClaim = defineQuery(
  'billing.FindFhirClaim',
  z.strictObject({ claimId: z.uuid() }),
  'One insurance claim, for FHIR Claim and ClaimResponse',
).returns<FhirClaims>();

async function coveragesOf(ctx: QueryContext, patientId: string): Promise<CoverageView[]> {
  const { state, version } = await ctx.streams.load(accountStream(patientId), accountFold);
  return accountView(patientId, state, version, []).coverages;
}

async function claimsOf(ctx: QueryContext, rows: readonly { id: string; created_at: Date }[]): Promise<FhirClaims> {
  const claims = [];
  for (const row of rows) {
    const { state } = await ctx.streams.load(claimStream(row.id), claimDecider);
    claims.push({ ...claimView(state, row.id), createdAt: row.created_at.toISOString() });
  }
  return { claims, coverages: claims[0] ? await coveragesOf(ctx, claims[0].patientId) : [] };
}

export const getFhirCoveragesHandler = handleQuery(GetFhirCoverages, {
  permission: CHARGE_READ,
  auditPatient: (params) => params.patientId,
  handle: async ({ patientId }, ctx) => ({ patientId, coverages: await coveragesOf(ctx, patientId) }),
});

export const findFhirCoverageHandler = handleQuery(FindFhirCoverage, {
  permission: CHARGE_READ,
  auditPatient: (_params, found) => found?.patientId,
  async handle({ coverageId }, ctx) {
    const [row] = await ctx.sql.query<{ patient_id: string }>(
      `SELECT patient_id FROM billing.coverages WHERE coverage_id = $1`,
      [coverageId],
    );
    return row ? { patientId: row.patient_id, coverages: await coveragesOf(ctx, row.patient_id) } : null;
  },
});

export const getFhirClaimsHandler = handleQuery(GetFhirClaims, {
  permission: CLAIM_MANAGE,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx) {
    const rows = await ctx.sql.query<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM billing.claims WHERE patient_id = $1 ORDER BY created_at, id`,
      [patientId],
    );
    return rows.length === 0 ? { claims: [], coverages: [] } : claimsOf(ctx, rows);
  },
});

export const findFhirClaimHandler = handleQuery(FindFhirClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_params, found) => found?.claims[0]?.patientId,
  async handle({ claimId }, ctx) {
    const rows = await ctx.sql.query<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM billing.claims WHERE id = $1`,
      [claimId],
    );
    if (rows.length === 0) throw new NotFoundError(CLAIM_NOT_FOUND, { claimId });
    return claimsOf(ctx, rows);
  },
});
