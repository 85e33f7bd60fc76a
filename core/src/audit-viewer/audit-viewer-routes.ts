import { toJsonSchema } from '@hms/sdk';
import { AUDIT_READ } from '../admin/kernel-permissions';
import type { OpenApiRoute } from '../http/openapi';
import { accessHistorySchema, auditSearchSchema } from './audit-search-params';

const record = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actorId: { type: ['string', 'null'] },
    actorName: { type: ['string', 'null'], description: "The account's display name; null for a job or no account" },
    action: { type: 'string' },
    outcome: { type: 'string' },
    patientIds: { type: 'array', items: { type: 'string' } },
    emergency: { type: 'boolean', description: 'An emergency (break-the-glass) access' },
    source: { type: ['string', 'null'] },
    correlationId: { type: ['string', 'null'] },
    details: { type: 'object', additionalProperties: true },
  },
  required: [
    'id',
    'at',
    'actorId',
    'actorName',
    'action',
    'outcome',
    'patientIds',
    'emergency',
    'source',
    'correlationId',
    'details',
  ],
};

const common = { tags: ['audit'], security: true, permission: AUDIT_READ.name } as const;

/** The audit viewer's routes, for the OpenAPI document (the controller is `audit-viewer.controller.ts`). */
export const AUDIT_VIEWER_ROUTES: readonly OpenApiRoute[] = [
  {
    ...common,
    method: 'GET',
    path: '/api/audit/records',
    summary: 'Search the audit log, newest first (keyset pages)',
    description:
      'Filters combine: patient, actor (account id or username), time range (`from` inclusive, `to` exclusive), ' +
      'action (exact, or a prefix ending in `*`), outcome, and emergency (break-the-glass) accesses only. Each ' +
      "record comes with the actor's display name. Pass `nextCursor` as `after` for the next page. The search is " +
      'itself audited, naming the patient searched.',
    status: 200,
    query: toJsonSchema(auditSearchSchema),
    response: {
      type: 'object',
      properties: { items: { type: 'array', items: record }, nextCursor: { type: 'string' } },
      required: ['items'],
    },
  },
  {
    ...common,
    method: 'GET',
    path: '/api/audit/patients/:patientId/access-history',
    summary: "A patient's access history as CSV: when, who, what, outcome",
    description:
      "Every audit record naming the patient in the period, oldest first; who is the account's display name only. " +
      'Answers `text/csv` as an attachment; 400 when the period holds more than 100,000 records. Audited.',
    status: 200,
    contentType: 'text/csv',
    query: toJsonSchema(accessHistorySchema),
  },
];
