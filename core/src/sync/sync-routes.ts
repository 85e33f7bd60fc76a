import type { OpenApiRoute } from '../http/openapi';
import { SYNC_BATCH_LIMIT } from './sync-commands-body';

const problem = { type: 'object', additionalProperties: true, description: 'The RFC 9457 problem its route answers' };

/** `POST /api/sync/commands` for the OpenAPI document. */
export const SYNC_ROUTE: OpenApiRoute = {
  method: 'POST',
  path: '/api/sync/commands',
  summary: 'Send commands queued offline, in order; each answered done, refused or not tried',
  description:
    `At most ${SYNC_BATCH_LIMIT} commands, each a type its plugin declared offline-capable. Each runs as on its ` +
    "plugin's route (the caller's permissions, audited), its `id` as the idempotency key: a resend answers the " +
    'first result. A transient failure (the database, capacity) stops the batch: the rest are `not-tried`, to ' +
    'be sent again later in the same order.',
  tags: ['sync'],
  security: true,
  status: 200,
  requestBody: {
    type: 'object',
    required: ['commands'],
    additionalProperties: false,
    properties: {
      commands: {
        type: 'array',
        minItems: 1,
        maxItems: SYNC_BATCH_LIMIT,
        items: {
          type: 'object',
          required: ['id', 'type', 'data'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', format: 'uuid' },
            type: { type: 'string' },
            data: {},
            queuedAt: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  },
  response: {
    type: 'object',
    required: ['results'],
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'outcome'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            outcome: { type: 'string', enum: ['done', 'refused', 'not-tried'] },
            result: {},
            problem,
          },
        },
      },
    },
  },
};
