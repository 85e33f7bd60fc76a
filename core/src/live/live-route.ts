import type { OpenApiRoute } from '../http/openapi';

const notice = (properties: Record<string, unknown>, required: string[]) => ({ type: 'object', properties, required });

/** `GET /api/live` as the OpenAPI document describes it. */
export const LIVE_ROUTE: OpenApiRoute = {
  method: 'GET',
  path: '/api/live',
  summary: 'Live notices for the signed-in account (Server-Sent Events)',
  description: [
    'A `text/event-stream` that stays open. Events, each with one JSON `data` line:',
    '- `change`: something changed in a plugin whose data the account may read (it holds a permission of one of the',
    "  plugin's queries): `{ plugin, type, streamId, position }`, ids only. Ask the API again for what changed.",
    '- `report-ready`: a report run this account asked for ended: `{ runId, status }` (`completed` or `failed`).',
    "- `notifications`: the account's notifications changed (raised, resolved, acknowledged, snoozed): `{ unread }`.",
    'Comment lines (`: heartbeat`) keep the stream open; the session is checked again at each one and the stream ends',
    'when it is no longer valid. After a reconnection, refresh what is shown: notices sent meanwhile are not replayed.',
  ].join('\n'),
  tags: ['live'],
  security: true,
  status: 200,
  contentType: 'text/event-stream',
  response: {
    type: 'string',
    description:
      'SSE events `change`, `report-ready` and `notifications`; their `data` is one of the schemas in `oneOf`.',
    oneOf: [
      notice(
        {
          plugin: { type: 'string' },
          type: { type: 'string' },
          streamId: { type: 'string' },
          position: { type: 'string', description: 'Global position of the event (64-bit, as a string)' },
        },
        ['plugin', 'type', 'streamId', 'position'],
      ),
      notice({ runId: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['completed', 'failed'] } }, [
        'runId',
        'status',
      ]),
      notice({ unread: { type: 'integer' } }, ['unread']),
    ],
  },
};
