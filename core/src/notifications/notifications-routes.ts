import type { OpenApiRoute } from '../http/openapi';

const item = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    code: { type: 'string', description: 'Short code, as the e-mail or SMS quotes it (N-7K3QX9AB)' },
    kind: { type: 'string' },
    title: { type: 'string', description: "The kind's title in plain words (its name when its plugin is off)" },
    plugin: { type: 'string' },
    severity: { type: 'string', enum: ['info', 'warning', 'critical'] },
    subjectKey: { type: 'string' },
    link: { type: 'string', description: 'Where the web client opens it' },
    facts: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
    raisedAt: { type: 'string', format: 'date-time' },
    resolvedAt: { type: ['string', 'null'], format: 'date-time' },
    acknowledgedAt: { type: ['string', 'null'], format: 'date-time' },
    snoozedUntil: { type: ['string', 'null'], format: 'date-time' },
    unread: { type: 'boolean' },
  },
  required: [
    'id',
    'code',
    'kind',
    'title',
    'plugin',
    'severity',
    'subjectKey',
    'link',
    'facts',
    'raisedAt',
    'resolvedAt',
    'acknowledgedAt',
    'snoozedUntil',
    'unread',
  ],
};
const unread = { type: 'object', properties: { unread: { type: 'integer' } }, required: ['unread'] };
const preferences = {
  type: 'object',
  properties: {
    contact: {
      type: 'object',
      properties: { email: { type: ['string', 'null'] }, phone: { type: ['string', 'null'] } },
      required: ['email', 'phone'],
    },
    channels: {
      type: 'object',
      description: 'The outside channels this installation can send by',
      properties: { email: { type: 'boolean' }, sms: { type: 'boolean' } },
      required: ['email', 'sms'],
    },
    kinds: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          severity: { type: 'string', enum: ['info', 'warning', 'critical'] },
          email: { type: 'boolean' },
          sms: { type: 'boolean' },
        },
        required: ['kind', 'title', 'description', 'severity', 'email', 'sms'],
      },
    },
  },
  required: ['contact', 'channels', 'kinds'],
};
const own = { tags: ['notifications'], security: true } as const;
const idPath = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };

/** The inbox routes (`NotificationsController`) in the OpenAPI document: the signed-in account's own copies only. */
export const NOTIFICATION_ROUTES: readonly OpenApiRoute[] = [
  {
    ...own,
    method: 'GET',
    path: '/api/notifications',
    summary: "The signed-in account's notifications (open ones by default) and its unread count",
    query: {
      type: 'object',
      properties: {
        state: { type: 'string', enum: ['open', 'all'], default: 'open' },
        limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
        code: { type: 'string', description: 'Only the notification with this code' },
      },
    },
    status: 200,
    response: {
      type: 'object',
      properties: { items: { type: 'array', items: item }, unread: { type: 'integer' } },
      required: ['items', 'unread'],
    },
  },
  {
    ...own,
    method: 'GET',
    path: '/api/notifications/unread-count',
    summary: 'How many of its notifications the account has not acknowledged (open, not snoozed)',
    status: 200,
    response: unread,
  },
  {
    ...own,
    method: 'POST',
    path: '/api/notifications/:id/acknowledge',
    summary: 'Acknowledge one of the signed-in account’s notifications (404 when it is not theirs)',
    query: idPath,
    status: 200,
    response: item,
  },
  {
    ...own,
    method: 'POST',
    path: '/api/notifications/:id/snooze',
    summary: 'Hide one of the account’s notifications from its unread count until a moment (up to 14 days)',
    query: idPath,
    requestBody: {
      type: 'object',
      properties: { until: { type: 'string', format: 'date-time' } },
      required: ['until'],
      additionalProperties: false,
    },
    status: 200,
    response: item,
  },
  {
    ...own,
    method: 'GET',
    path: '/api/notifications/preferences',
    summary: "The account's addresses and, for each kind, whether it is sent by e-mail and SMS",
    status: 200,
    response: preferences,
  },
  {
    ...own,
    method: 'PUT',
    path: '/api/notifications/preferences',
    summary: "Change the account's addresses or its choice of channels per kind (only what is given changes)",
    requestBody: {
      type: 'object',
      properties: {
        contact: {
          type: 'object',
          properties: { email: { type: ['string', 'null'] }, phone: { type: ['string', 'null'] } },
        },
        kinds: {
          type: 'array',
          items: {
            type: 'object',
            properties: { kind: { type: 'string' }, email: { type: 'boolean' }, sms: { type: 'boolean' } },
            required: ['kind'],
          },
        },
      },
      additionalProperties: false,
    },
    status: 200,
    response: preferences,
  },
];
