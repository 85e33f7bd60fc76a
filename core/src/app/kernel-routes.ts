import type { OpenApiRoute } from '../http/openapi';
import { ACCESS_ROUTES } from '../access/access-routes';
import { AUDIT_VIEWER_ROUTES } from '../audit-viewer/audit-viewer-routes';
import { LIVE_ROUTE } from '../live/live-route';
import { REPLICA_ROUTES } from '../sync/replica-routes';
import { NOTIFICATION_ROUTES } from '../notifications/notifications-routes';
import { QUEUE_STATES } from '../jobs/queue-states';
import { SYNC_ROUTE } from '../sync/sync-routes';

const credentials = {
  type: 'object',
  properties: { username: { type: 'string', minLength: 1 }, password: { type: 'string', minLength: 1 } },
  required: ['username', 'password'],
  additionalProperties: false,
};

const session = {
  type: 'object',
  properties: {
    token: { type: 'string', description: 'Send as `Authorization: Bearer <token>`; also set as the session cookie' },
    expiresAt: { type: 'string', format: 'date-time' },
    user: {
      type: 'object',
      properties: { id: { type: 'string' }, username: { type: 'string' }, displayName: { type: 'string' } },
    },
  },
  required: ['token', 'expiresAt', 'user'],
};

/**
 * The routes the kernel itself serves, for the OpenAPI document. Their permissions: sign-in and health are public,
 * the others need a valid token and no permission.
 */
export const KERNEL_ROUTES: readonly OpenApiRoute[] = [
  {
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in; answers a token and sets the session cookie',
    tags: ['auth'],
    security: false,
    requestBody: credentials,
    response: session,
    status: 200,
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    tags: ['auth'],
    security: true,
    status: 204,
    summary:
      "Change one's own password (the current one is required); ends the account's other sessions and API tokens",
    requestBody: {
      type: 'object',
      properties: {
        currentPassword: { type: 'string', minLength: 1 },
        newPassword: { type: 'string', minLength: 15, maxLength: 1024 },
      },
      required: ['currentPassword', 'newPassword'],
      additionalProperties: false,
    },
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the session of this token',
    tags: ['auth'],
    security: true,
    status: 204,
  },
  {
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The signed-in account and its permissions',
    tags: ['auth'],
    security: true,
    status: 200,
    response: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        username: { type: 'string' },
        displayName: { type: 'string' },
        permissions: { type: 'array', items: { type: 'string' } },
        replicaKey: {
          type: 'string',
          description: "This session's key for the device's encrypted replicas (AES-256, base64url); ends with it",
        },
        expiresAt: {
          type: 'string',
          format: 'date-time',
          description: 'When the session ends unless it is used again (a web session slides with use)',
        },
      },
    },
  },
  {
    method: 'GET',
    path: '/api/plugins',
    summary: 'The enabled plugins; a vendor plugin with a web client part names its module',
    tags: ['operations'],
    security: true,
    status: 200,
    response: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'version'],
            properties: {
              name: { type: 'string' },
              version: { type: 'string' },
              client: { type: 'string' },
              offlineCommands: {
                type: 'array',
                items: { type: 'string' },
                description: 'The command types a client may queue offline and send to /api/sync/commands',
              },
            },
          },
        },
      },
    },
  },
  ...adminRoutes(),
  ...reportRoutes(),
  ...ACCESS_ROUTES,
  ...AUDIT_VIEWER_ROUTES,
  LIVE_ROUTE,
  ...REPLICA_ROUTES,
  ...NOTIFICATION_ROUTES,
  SYNC_ROUTE,
  {
    method: 'GET',
    path: '/health',
    summary: 'Enabled plugins, the state of PostgreSQL and Redis, and the session cache',
    tags: ['operations'],
    security: false,
    status: 200,
  },
];

/** Account and role administration; every one needs `core:accounts:manage`. */
function adminRoutes(): OpenApiRoute[] {
  const account = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      username: { type: 'string' },
      displayName: { type: 'string' },
      disabled: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
      practitionerId: { type: ['string', 'null'] },
      roles: { type: 'array', items: { type: 'string' } },
    },
    required: ['id', 'username', 'displayName', 'disabled', 'createdAt', 'practitionerId', 'roles'],
  };
  const roleView = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      description: { type: 'string' },
      permissions: { type: 'array', items: { type: 'string' } },
      protected: { type: 'boolean', description: 'Held by the kernel (it holds `*`): read-only, a change is refused' },
    },
    required: ['name', 'description', 'permissions', 'protected'],
  };
  const permission = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      description: { type: 'string' },
      plugin: { type: 'string', description: '`core` for the kernel' },
      patientData: { type: 'boolean' },
      clinical: { type: 'boolean' },
    },
    required: ['name', 'description', 'plugin'],
  };
  const counts = {
    type: 'object',
    properties: Object.fromEntries(QUEUE_STATES.map((state) => [state, { type: 'integer' }])),
    required: [...QUEUE_STATES],
  };
  const queue = {
    type: 'object',
    properties: {
      plugin: { type: 'string' },
      queue: { type: 'string' },
      counts,
      schedules: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            job: { type: 'string' },
            cron: { type: ['string', 'null'] },
            next: { type: ['string', 'null'], format: 'date-time' },
          },
          required: ['job', 'cron', 'next'],
        },
      },
    },
    required: ['plugin', 'queue', 'counts', 'schedules'],
  };
  const jobRun = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      attemptsMade: { type: 'integer' },
      attempts: { type: 'integer' },
      progress: { description: 'A number (0–100) or what the job reported' },
      failedReason: { type: ['string', 'null'] },
      createdAt: { type: ['string', 'null'], format: 'date-time' },
      startedAt: { type: ['string', 'null'], format: 'date-time' },
      finishedAt: { type: ['string', 'null'], format: 'date-time' },
    },
    required: ['id', 'name', 'attemptsMade', 'attempts', 'failedReason', 'createdAt', 'startedAt', 'finishedAt'],
  };
  const dependency = {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['up', 'down'] },
      latencyMs: { type: 'integer' },
      error: { type: 'string' },
    },
    required: ['status'],
  };
  const system = {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['ok', 'degraded'] },
      sdkVersion: { type: 'string' },
      modules: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            version: { type: 'string' },
            description: { type: ['string', 'null'] },
            sdk: { type: 'string' },
            dependsOn: { type: 'array', items: { type: 'string' } },
            optionalDependsOn: { type: 'array', items: { type: 'string' } },
          },
          required: ['name', 'version', 'description', 'sdk', 'dependsOn', 'optionalDependsOn'],
        },
      },
      postgres: dependency,
      redis: dependency,
      jobs: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: ['on', 'off'] },
          queues: { type: 'integer' },
          workersRunning: { type: 'boolean' },
        },
        required: ['status', 'queues', 'workersRunning'],
      },
      sessions: {
        type: 'object',
        properties: {
          cache: { type: 'string', enum: ['on', 'off'] },
          notifications: { type: 'string', enum: ['live', 'lost'] },
          interruptions: { type: 'integer' },
        },
        required: ['cache'],
      },
    },
    required: ['status', 'sdkVersion', 'modules', 'postgres', 'redis', 'jobs', 'sessions'],
  };
  const role = {
    type: 'object',
    properties: { description: { type: 'string' }, permissions: { type: 'array', items: { type: 'string' } } },
    required: ['permissions'],
  };
  const admin = { tags: ['admin'], security: true, permission: 'core:accounts:manage' } as const;
  const jobs = { tags: ['admin'], security: true, permission: 'core:jobs:manage' } as const;
  return [
    {
      ...admin,
      method: 'GET',
      path: '/api/admin/accounts',
      summary: 'List accounts with their roles',
      status: 200,
      response: { type: 'object', properties: { items: { type: 'array', items: account } }, required: ['items'] },
    },
    {
      ...admin,
      method: 'POST',
      path: '/api/admin/accounts',
      summary: 'Create an account',
      status: 201,
      response: account,
      requestBody: {
        type: 'object',
        properties: {
          username: { type: 'string' },
          password: { type: 'string' },
          displayName: { type: 'string' },
          roles: { type: 'array', items: { type: 'string' } },
        },
        required: ['username', 'password', 'displayName'],
      },
    },
    {
      ...admin,
      method: 'PATCH',
      path: '/api/admin/accounts/:id',
      summary: 'Rename, disable or re-enable an account',
      status: 200,
      response: account,
      requestBody: { type: 'object', properties: { displayName: { type: 'string' }, disabled: { type: 'boolean' } } },
    },
    {
      ...admin,
      method: 'PUT',
      path: '/api/admin/accounts/:id/roles',
      summary: "Replace an account's roles",
      status: 200,
      response: account,
      requestBody: {
        type: 'object',
        properties: { roles: { type: 'array', items: { type: 'string' } } },
        required: ['roles'],
      },
    },
    {
      ...admin,
      method: 'PUT',
      path: '/api/admin/accounts/:id/practitioner',
      summary: 'Link the account to the practitioner id schedules and admissions name (or unlink with null)',
      status: 200,
      response: account,
      requestBody: {
        type: 'object',
        properties: { practitionerId: { type: ['string', 'null'] } },
        required: ['practitionerId'],
      },
    },
    {
      ...admin,
      method: 'POST',
      path: '/api/admin/accounts/:id/password',
      summary: "Set a password (ends the account's sessions)",
      status: 204,
      requestBody: { type: 'object', properties: { password: { type: 'string' } }, required: ['password'] },
    },
    {
      ...admin,
      method: 'GET',
      path: '/api/admin/roles',
      summary: 'List roles and their permissions',
      status: 200,
      response: { type: 'object', properties: { items: { type: 'array', items: roleView } }, required: ['items'] },
    },
    {
      ...admin,
      method: 'PUT',
      path: '/api/admin/roles/:name',
      summary: 'Create or change a role (409 ROLE_PROTECTED for the kernel-held role)',
      status: 200,
      requestBody: role,
      response: roleView,
    },
    {
      ...admin,
      method: 'GET',
      path: '/api/admin/permissions',
      summary: 'Every permission the kernel and the enabled plugins declare',
      status: 200,
      response: { type: 'object', properties: { items: { type: 'array', items: permission } }, required: ['items'] },
    },
    {
      tags: ['admin'],
      security: true,
      permission: 'core:system:read',
      method: 'GET',
      path: '/api/admin/system',
      summary:
        'The enabled modules and their versions, the SDK version, and the health of PostgreSQL, Redis, jobs and sessions',
      status: 200,
      response: system,
    },
    {
      ...jobs,
      method: 'GET',
      path: '/api/admin/queues',
      summary: "Each enabled plugin's job queue: counts and schedules",
      status: 200,
      response: {
        type: 'object',
        properties: { items: { type: 'array', items: queue }, workersRunning: { type: 'boolean' } },
        required: ['items', 'workersRunning'],
      },
    },
    {
      ...jobs,
      method: 'GET',
      path: '/api/admin/queues/:plugin/jobs',
      summary: 'Jobs of a queue in one state (ids, names, attempts, failure reasons)',
      status: 200,
      query: {
        type: 'object',
        properties: {
          state: { type: 'string', enum: [...QUEUE_STATES], default: 'failed' },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
        },
      },
      response: { type: 'object', properties: { items: { type: 'array', items: jobRun } }, required: ['items'] },
    },
    {
      ...jobs,
      method: 'POST',
      path: '/api/admin/queues/:plugin/jobs/:id/retry',
      summary: 'Retry a failed job (409 JOB_NOT_FAILED when it has not failed)',
      status: 202,
      response: {
        type: 'object',
        properties: { id: { type: 'string' }, state: { type: 'string', enum: ['waiting'] } },
        required: ['id', 'state'],
      },
    },
  ];
}

/**
 * Reports: any signed-in account may call these; each checks more. Listing shows the reports the account may run;
 * asking for a run needs the report's own permission; a run is readable by its requester or with
 * `core:reports:read-all`.
 */
function reportRoutes(): OpenApiRoute[] {
  const reports = { tags: ['reports'], security: true } as const;
  const runId = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };
  const result = {
    type: 'object',
    properties: {
      columns: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: { type: 'string' }, label: { type: 'string' } },
          required: ['key', 'label'],
        },
      },
      rows: {
        type: 'array',
        items: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
      },
      summary: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
    },
    required: ['columns', 'rows'],
  };
  const run = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      report: { type: 'string' },
      title: { type: 'string' },
      plugin: { type: 'string' },
      parameters: { type: 'object', additionalProperties: true },
      status: { type: 'string', enum: ['queued', 'running', 'completed', 'failed'] },
      progress: { type: 'integer', minimum: 0, maximum: 100 },
      requestedBy: { type: 'string', format: 'uuid' },
      requestedAt: { type: 'string', format: 'date-time' },
      startedAt: { type: ['string', 'null'], format: 'date-time' },
      finishedAt: { type: ['string', 'null'], format: 'date-time' },
      error: {
        type: ['string', 'null'],
        description: 'The error code of a failed run (or of the last attempt, while retrying)',
      },
      result: { ...result, description: 'Present once the run is completed' },
    },
    required: ['id', 'report', 'plugin', 'parameters', 'status', 'progress', 'requestedBy', 'requestedAt'],
  };
  const list = {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            title: { type: 'string' },
            description: { type: 'string' },
            plugin: { type: 'string' },
            parameters: { type: 'object', description: 'The JSON Schema of the parameters; every one has a default' },
          },
          required: ['name', 'title', 'description', 'plugin', 'parameters'],
        },
      },
    },
    required: ['items'],
  };
  return [
    {
      ...reports,
      method: 'GET',
      path: '/api/reports',
      summary: "The enabled plugins' reports this account may run, with their parameters",
      status: 200,
      response: list,
    },
    {
      ...reports,
      method: 'POST',
      path: '/api/reports/:name/runs',
      summary: 'Run a report (queued; 404 unknown report, 400 bad parameters and nothing queued)',
      description: "The body is the parameters (`{}` takes every default). Needs the report's own permission.",
      status: 202,
      requestBody: { type: 'object', additionalProperties: true },
      response: runId,
    },
    {
      ...reports,
      method: 'GET',
      path: '/api/reports/runs/:id',
      summary: 'A report run: status, progress and, once completed, the result',
      description:
        'For its requester or holders of `core:reports:read-all`; anyone else gets 404. Poll until `status` is `completed` or `failed`.',
      status: 200,
      response: run,
    },
    {
      ...reports,
      method: 'GET',
      path: '/api/reports/runs/:id/download',
      summary: 'A completed run as a file: CSV (RFC 4180) or PDF',
      description: 'Answers `text/csv` or `application/pdf` as an attachment; 409 while the run has not completed.',
      status: 200,
      query: { type: 'object', properties: { format: { type: 'string', enum: ['csv', 'pdf'], default: 'csv' } } },
    },
  ];
}
