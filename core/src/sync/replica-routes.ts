import type { OpenApiRoute } from '../http/openapi';

const limits = {
  type: 'object',
  properties: { maxRows: { type: 'integer' }, maxAgeHours: { type: 'integer' } },
  required: ['maxRows', 'maxAgeHours'],
};

/** `/api/sync/replicas` as the OpenAPI document describes it (docs/local-first.md). */
export const REPLICA_ROUTES: readonly OpenApiRoute[] = [
  {
    method: 'GET',
    path: '/api/sync/replicas',
    summary: 'The replicas this account may keep on a device, with the event types that change each',
    tags: ['sync'],
    security: true,
    status: 200,
    response: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              plugin: { type: 'string' },
              eventTypes: { type: 'array', items: { type: 'string' } },
              limits,
            },
            required: ['name', 'plugin', 'eventTypes', 'limits'],
          },
        },
      },
      required: ['items'],
    },
  },
  {
    method: 'GET',
    path: '/api/sync/replicas/:name',
    summary: "One pull of a replica, answered by its plugin's query as the signed-in user (audited like it)",
    description: [
      "The query string holds the replica's scope (ids and dates only, e.g. `wardId`) and, after the first pull,",
      '`since`: the `position` of the previous answer. `full`: `rows` is the whole answer. Otherwise `rows` holds the',
      'rows changed since then and `keys` the key of every row now (drop the others); no `keys` and no rows: unchanged.',
      '403 when access ended: forget the copy.',
    ].join('\n'),
    tags: ['sync'],
    security: true,
    status: 200,
    query: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        since: { type: 'string', description: 'The `position` of the previous answer' },
      },
      additionalProperties: { type: 'string' },
    },
    response: {
      type: 'object',
      properties: {
        replica: { type: 'string' },
        position: { type: 'string', description: 'The checkpoint to send back as `since` (opaque)' },
        full: { type: 'boolean' },
        rows: { type: 'array', items: {} },
        rowKeys: { type: 'array', items: { type: 'string' }, description: 'The keys of `rows`, in order' },
        keys: { type: 'array', items: { type: 'string' } },
        streams: {
          type: 'array',
          items: { type: 'string' },
          description: 'The streams whose change notices concern this copy (absent: any notice of its event types)',
        },
        limits,
      },
      required: ['replica', 'position', 'full', 'rows', 'rowKeys', 'limits'],
    },
  },
];
