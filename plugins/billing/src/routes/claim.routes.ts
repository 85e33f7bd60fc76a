import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  AcceptClaim,
  AdjudicateClaim,
  AppealClaim,
  CreateClaim,
  RecordClaimPayment,
  RejectClaim,
  ResubmitClaim,
  SubmitClaim,
} from '../contracts/claim-commands';
import { GetClaim, ListClaims, claimListSchema, claimViewSchema } from '../contracts/queries';

const claim = '/billing/claims/:claimId';

export const claimRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/billing/claims',
    summary: 'The claims worklist',
    description: '`?status=draft|submitted|accepted|rejected|adjudicated|appealed|paid`.',
    query: ListClaims,
    queryString: ListClaims.schema,
    response: claimListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/billing/claims',
    summary: "Draft a claim for charges' payer share",
    command: CreateClaim,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: claim,
    summary: 'One claim with the payer’s decisions',
    query: GetClaim,
    response: claimViewSchema,
  }),
  defineRoute({ method: 'POST', path: `${claim}/submit`, summary: 'Submit a drafted claim', command: SubmitClaim }),
  defineRoute({
    method: 'POST',
    path: `${claim}/accept`,
    summary: 'The payer took the claim in',
    command: AcceptClaim,
  }),
  defineRoute({
    method: 'POST',
    path: `${claim}/reject`,
    summary: 'The payer refused the claim',
    command: RejectClaim,
  }),
  defineRoute({
    method: 'POST',
    path: `${claim}/resubmit`,
    summary: 'Resubmit a rejected claim',
    command: ResubmitClaim,
  }),
  defineRoute({
    method: 'POST',
    path: `${claim}/adjudication`,
    summary: "Record the payer's decision on each line (the patient is billed the rest)",
    command: AdjudicateClaim,
  }),
  defineRoute({
    method: 'POST',
    path: `${claim}/appeal`,
    summary: 'Appeal denied or partly paid lines',
    command: AppealClaim,
  }),
  defineRoute({
    method: 'POST',
    path: `${claim}/remittances`,
    summary: "Record the payer's remittance (once per reference)",
    command: RecordClaimPayment,
  }),
];
