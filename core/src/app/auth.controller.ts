import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_SMART_SCOPES, parseOrThrow, parseSmartScopes, ValidationError, z } from '@hms/sdk';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import { TooManyAttemptsError } from '../auth/login-throttle';
import { SessionService } from '../auth/session.service';
import { replicaKeyOf } from '../sync/replica-key';
import { Kernel } from '../kernel/kernel';
import { auditRequest } from './audit-request';
import { clearedSessionCookie, sessionCookie, tokenOf } from './request-auth';
import { API_OPTIONS, type ApiOptions } from './api-options';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
  /**
   * SMART-on-FHIR scopes narrowing the session (OAuth's space-separated `scope`, `patient/*.read
   * user/Observation.read`); absent: the session may do all its roles allow.
   */
  scope: z.string().max(2000).optional(),
});

const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

/**
 * Sign-in for people (session cookie) and API clients (bearer token): the same token serves both.
 * Permissions: login is public by nature; logout, me and changing one's own password need a valid token and no
 * permission.
 */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly kernel: Kernel,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { username, password, scope } = parseOrThrow(loginSchema, body);
    const scopes = scope === undefined ? undefined : scopesOf(scope);
    let result;
    try {
      result = await this.sessions.login(username, password, request.ip ?? null, scopes);
    } catch (error) {
      // Failed sign-ins are what a security review looks for; the username itself is not recorded.
      const throttled = error instanceof TooManyAttemptsError;
      await this.audit(request, null, throttled ? 'denied' : 'unauthenticated');
      if (throttled) void reply.header('retry-after', String(error.details.retryAfterSeconds ?? 60));
      throw error;
    }
    await this.audit(request, result.account.id, 'success');
    void reply.header('set-cookie', sessionCookie(result.token, result.expiresAt, this.options.secureCookies));
    void reply.header('cache-control', 'no-store');
    return {
      token: result.token,
      expiresAt: result.expiresAt.toISOString(),
      user: { id: result.account.id, username: result.account.username, displayName: result.account.displayName },
      ...(scopes === undefined ? {} : { scope: scopes.join(' ') }),
    };
  }

  private audit(
    request: FastifyRequest,
    actorId: string | null,
    outcome: 'success' | 'unauthenticated' | 'denied',
    action = 'auth.login',
  ): Promise<unknown> {
    return auditRequest(this.kernel, request, { actorId, action, outcome });
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = tokenOf(request.headers);
    if (!token) throw new UnauthenticatedError('AUTHENTICATION_REQUIRED');
    const change = parseOrThrow(passwordChangeSchema, body);
    const actor = await this.sessions.authenticate(token);
    try {
      await this.sessions.changeOwnPassword(token, change, request.ip ?? null);
    } catch (error) {
      if (error instanceof TooManyAttemptsError)
        void reply.header('retry-after', String(error.details.retryAfterSeconds ?? 60));
      await this.audit(
        request,
        actor?.id ?? null,
        error instanceof UnauthenticatedError ? 'unauthenticated' : 'denied',
        'auth.change-password',
      );
      throw error;
    }
    await this.audit(request, actor?.id ?? null, 'success', 'auth.change-password');
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = tokenOf(request.headers);
    if (!token) throw new UnauthenticatedError('AUTHENTICATION_REQUIRED');
    await this.sessions.logout(token);
    void reply.header('set-cookie', clearedSessionCookie());
  }

  @Get('me')
  async me(@Req() request: FastifyRequest) {
    const token = tokenOf(request.headers);
    const actor = token ? await this.sessions.authenticate(token) : null;
    if (!actor || !token) throw new UnauthenticatedError(token ? 'SESSION_EXPIRED' : 'AUTHENTICATION_REQUIRED');
    // The client warns before its session ends; the time only, never the token.
    const expiresAt = await this.sessions.expiryOf(token);
    if (!expiresAt) throw new UnauthenticatedError('SESSION_EXPIRED');
    return {
      id: actor.id,
      username: actor.username,
      displayName: actor.displayName,
      permissions: [...actor.permissions].sort(),
      replicaKey: replicaKeyOf(token),
      expiresAt: expiresAt.toISOString(),
      ...(actor.scopes === undefined ? {} : { scope: actor.scopes.join(' ') }),
    };
  }
}

/** The SMART scopes asked for; a word that is not one, or too many, refuses the sign-in rather than granting less. */
function scopesOf(scope: string): string[] {
  const { scopes, invalid } = parseSmartScopes(scope);
  if (invalid.length > 0 || scopes.length === 0 || scopes.length > MAX_SMART_SCOPES) {
    const message =
      invalid.length > 0
        ? `Not a SMART resource scope (context/Type.read|write|*): ${invalid.join(' ').slice(0, 200)}`
        : `Give 1 to ${MAX_SMART_SCOPES} scopes`;
    throw new ValidationError([{ path: 'scope', message }], 'SCOPE_INVALID');
  }
  return [...new Set(scope.split(' ').filter((w) => w !== ''))];
}
