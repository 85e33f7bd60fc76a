import type { OpenApiRoute } from '../http/openapi';

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
    user: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' }, displayName: { type: 'string' } } },
  },
  required: ['token', 'expiresAt', 'user'],
};

/**
 * The routes the kernel itself serves, for the OpenAPI document. Their permissions: sign-in and health are public,
 * the others need a valid token and no permission.
 */
export const KERNEL_ROUTES: readonly OpenApiRoute[] = [
  { method: 'POST', path: '/api/auth/login', summary: 'Sign in; answers a token and sets the session cookie', tags: ['auth'], security: false, requestBody: credentials, response: session, status: 200 },
  { method: 'POST', path: '/api/auth/logout', summary: 'End the session of this token', tags: ['auth'], security: true, status: 204 },
  {
    method: 'GET', path: '/api/auth/me', summary: 'The signed-in account and its permissions', tags: ['auth'], security: true, status: 200,
    response: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' }, displayName: { type: 'string' }, permissions: { type: 'array', items: { type: 'string' } } } },
  },
  ...adminRoutes(),
  {
    method: 'GET', path: '/health', summary: 'Enabled plugins and the state of PostgreSQL and Redis', tags: ['operations'], security: false, status: 200,
  },
];

/** Account and role administration; every one needs `core:accounts:manage`. */
function adminRoutes(): OpenApiRoute[] {
  const account = {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' }, username: { type: 'string' }, displayName: { type: 'string' },
      disabled: { type: 'boolean' }, createdAt: { type: 'string', format: 'date-time' }, roles: { type: 'array', items: { type: 'string' } },
    },
  };
  const role = {
    type: 'object',
    properties: { description: { type: 'string' }, permissions: { type: 'array', items: { type: 'string' } } },
    required: ['permissions'],
  };
  const admin = { tags: ['admin'], security: true, permission: 'core:accounts:manage' } as const;
  const jobs = { tags: ['admin'], security: true, permission: 'core:jobs:manage' } as const;
  return [
    { ...admin, method: 'GET', path: '/api/admin/accounts', summary: 'List accounts with their roles', status: 200, response: { type: 'object', properties: { items: { type: 'array', items: account } } } },
    {
      ...admin, method: 'POST', path: '/api/admin/accounts', summary: 'Create an account', status: 201, response: account,
      requestBody: { type: 'object', properties: { username: { type: 'string' }, password: { type: 'string' }, displayName: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } } }, required: ['username', 'password', 'displayName'] },
    },
    { ...admin, method: 'PATCH', path: '/api/admin/accounts/:id', summary: 'Rename, disable or re-enable an account', status: 200, response: account, requestBody: { type: 'object', properties: { displayName: { type: 'string' }, disabled: { type: 'boolean' } } } },
    { ...admin, method: 'PUT', path: '/api/admin/accounts/:id/roles', summary: "Replace an account's roles", status: 200, response: account, requestBody: { type: 'object', properties: { roles: { type: 'array', items: { type: 'string' } } }, required: ['roles'] } },
    { ...admin, method: 'POST', path: '/api/admin/accounts/:id/password', summary: 'Set a password (ends the account\'s sessions)', status: 204, requestBody: { type: 'object', properties: { password: { type: 'string' } }, required: ['password'] } },
    { ...admin, method: 'GET', path: '/api/admin/roles', summary: 'List roles and their permissions', status: 200 },
    { ...admin, method: 'PUT', path: '/api/admin/roles/:name', summary: 'Create or change a role', status: 200, requestBody: role },
    { ...admin, method: 'GET', path: '/api/admin/permissions', summary: 'Every permission the kernel and the enabled plugins declare', status: 200 },
    { ...jobs, method: 'GET', path: '/api/admin/queues', summary: "Each enabled plugin's job queue: counts and schedules", status: 200 },
    { ...jobs, method: 'GET', path: '/api/admin/queues/:plugin/jobs', summary: 'Jobs of a queue in one state (ids, names, attempts, failure reasons)', status: 200 },
    { ...jobs, method: 'POST', path: '/api/admin/queues/:plugin/jobs/:id/retry', summary: 'Retry a failed job', status: 202 },
  ];
}
