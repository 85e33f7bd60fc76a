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
  {
    method: 'GET', path: '/health', summary: 'Enabled plugins and the state of PostgreSQL and Redis', tags: ['operations'], security: false, status: 200,
  },
];
