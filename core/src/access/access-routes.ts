import type { OpenApiRoute } from '../http/openapi';
import { CARE_GRANT, EMERGENCY_ACCESS_REVIEW } from './access-permissions';

const emergencyAccess = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    patientId: { type: 'string' },
    accountId: { type: 'string' },
    by: { type: 'string', description: "The clinician's display name" },
    reason: { type: 'string', description: 'Empty except for the privacy officer' },
    startedAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    review: {
      type: ['object', 'null'],
      properties: {
        finding: { type: 'string', enum: ['justified', 'not-justified'] },
        note: { type: 'string' },
        by: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
      },
    },
  },
  required: ['id', 'patientId', 'accountId', 'by', 'reason', 'startedAt', 'endsAt', 'review'],
};
const emergencyList = { type: 'object', properties: { items: { type: 'array', items: emergencyAccess } } };
const grant = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    patientId: { type: 'string' },
    accountId: { type: 'string', format: 'uuid' },
    accountName: { type: 'string' },
    grantedBy: { type: 'string' },
    reason: { type: 'string' },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  },
};
const patientQuery = { type: 'object', properties: { patientId: { type: 'string' } }, required: ['patientId'] };
const reviewFilter = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['unreviewed', 'reviewed', 'all'], default: 'unreviewed' },
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    patientId: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
};
const access = { tags: ['access'], security: true } as const;

/** The access routes (`AccessController`) in the OpenAPI document. */
export const ACCESS_ROUTES: readonly OpenApiRoute[] = [
  {
    ...access,
    method: 'GET',
    path: '/api/access/policy',
    summary: "The installation's access policy for clinical data and the length of an emergency access",
    status: 200,
    response: {
      type: 'object',
      properties: {
        policy: { type: 'string', enum: ['care-relationship', 'role'] },
        emergencyAccessMinutes: { type: 'integer' },
      },
      required: ['policy', 'emergencyAccessMinutes'],
    },
  },
  {
    ...access,
    method: 'POST',
    path: '/api/access/emergency',
    summary: "Break the glass: open a patient's record in an emergency, stating why (audited and reviewed)",
    description:
      'For clinical roles only (403 `CLINICAL_ROLE_REQUIRED`). The access lasts `HMS_EMERGENCY_ACCESS_MINUTES`; every read and write under it is flagged in the audit log.',
    status: 201,
    requestBody: {
      type: 'object',
      properties: { patientId: { type: 'string' }, reason: { type: 'string', minLength: 10, maxLength: 500 } },
      required: ['patientId', 'reason'],
      additionalProperties: false,
    },
    response: emergencyAccess,
  },
  {
    ...access,
    method: 'GET',
    path: '/api/access/emergency',
    summary: "A patient's emergency accesses, for the patient's record (reasons only for the privacy officer)",
    status: 200,
    query: patientQuery,
    response: emergencyList,
  },
  {
    ...access,
    permission: EMERGENCY_ACCESS_REVIEW.name,
    method: 'GET',
    path: '/api/access/emergency/review',
    summary: 'Emergency accesses to review (newest first)',
    status: 200,
    query: reviewFilter,
    response: emergencyList,
  },
  {
    ...access,
    permission: EMERGENCY_ACCESS_REVIEW.name,
    method: 'GET',
    path: '/api/access/emergency/report.csv',
    summary: 'Emergency accesses of a period as CSV',
    status: 200,
    contentType: 'text/csv',
    query: reviewFilter,
  },
  {
    ...access,
    permission: EMERGENCY_ACCESS_REVIEW.name,
    method: 'POST',
    path: '/api/access/emergency/:id/review',
    summary: 'Record whether an emergency access was justified (once; 409 when already reviewed)',
    status: 200,
    requestBody: {
      type: 'object',
      properties: {
        finding: { type: 'string', enum: ['justified', 'not-justified'] },
        note: { type: 'string', maxLength: 2000 },
      },
      required: ['finding'],
      additionalProperties: false,
    },
    response: emergencyAccess,
  },
  {
    ...access,
    permission: CARE_GRANT.name,
    method: 'GET',
    path: '/api/access/grants',
    summary: "A patient's grants, in force and past",
    status: 200,
    query: patientQuery,
    response: { type: 'object', properties: { items: { type: 'array', items: grant } } },
  },
  {
    ...access,
    permission: CARE_GRANT.name,
    method: 'POST',
    path: '/api/access/grants',
    summary: 'Grant a colleague one patient until a date (the one granting must reach the patient)',
    status: 201,
    requestBody: {
      type: 'object',
      properties: {
        patientId: { type: 'string' },
        accountId: { type: 'string', format: 'uuid' },
        until: { type: 'string', format: 'date-time' },
        reason: { type: 'string', minLength: 10, maxLength: 500 },
      },
      required: ['patientId', 'accountId', 'until', 'reason'],
      additionalProperties: false,
    },
    response: grant,
  },
  {
    ...access,
    permission: CARE_GRANT.name,
    method: 'DELETE',
    path: '/api/access/grants/:id',
    summary: 'Revoke a grant',
    status: 200,
    response: grant,
  },
];
