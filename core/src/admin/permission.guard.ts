import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '@hms/sdk';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { SessionService } from '../auth/session.service';
import { auditRequest } from '../app/audit-request';
import { Kernel } from '../kernel/kernel';
import { tokenOf } from '../app/request-auth';

const PERMISSION_KEY = 'hms:permission';
const AUDIT_ACTION_KEY = 'hms:audit-action';

/**
 * Names the audit action of a kernel route whose refusals (no session, missing permission) are recorded in the
 * audit log: the guard refuses them before the route's own code, which audits only what it serves.
 */
export const AuditRefusalsAs = (action: string): MethodDecorator => SetMetadata(AUDIT_ACTION_KEY, action);

/**
 * Declared by kernel routes that any signed-in account may call, checking finer permissions themselves (the
 * reports routes check each report's own permission). Never held by anyone: it only skips the guard's check.
 */
export const SIGNED_IN = 'signed-in';

/**
 * Declares the permission a kernel route needs (plugin routes take theirs from their command or query), or
 * {@link SIGNED_IN} for a valid session only.
 */
export const RequirePermission = (permission: string): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_KEY, permission);

/** The request's actor, set by {@link PermissionGuard}. */
export function actorOf(request: FastifyRequest): AuthenticatedActor {
  return (request as FastifyRequest & { actor: AuthenticatedActor }).actor;
}

/** Authenticates the request and checks the permission declared with {@link RequirePermission}. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
    private readonly kernel: Kernel,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) throw new Error('Kernel route without a declared permission');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = tokenOf(request.headers);
    const actor = token ? await this.sessions.authenticate(token) : null;
    const auditAs = this.reflector.get<string | undefined>(AUDIT_ACTION_KEY, context.getHandler());
    if (!actor) {
      if (auditAs) await this.auditRefusal(request, auditAs, null, 'unauthenticated');
      throw new UnauthenticatedError(token ? 'SESSION_EXPIRED' : 'AUTHENTICATION_REQUIRED');
    }
    if (permission !== SIGNED_IN && !actor.has(permission)) {
      if (auditAs) await this.auditRefusal(request, auditAs, actor.id, 'denied');
      throw new ForbiddenError('PERMISSION_REQUIRED', { permission });
    }
    (request as FastifyRequest & { actor: AuthenticatedActor }).actor = actor;
    return true;
  }

  private auditRefusal(
    request: FastifyRequest,
    action: string,
    actorId: string | null,
    outcome: 'unauthenticated' | 'denied',
  ): Promise<unknown> {
    return auditRequest(this.kernel, request, { actorId, action, outcome });
  }
}
