import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SessionService } from '../auth/session.service';
import { auditRequest } from '../app/audit-request';
import { checkHealth, type SystemHealth } from '../health/health-check';
import { RedisProbe } from '../health/redis-probe';
import { Kernel } from '../kernel/kernel';
import { SDK_VERSION } from '../kernel/sdk-version';
import { SYSTEM_READ } from './kernel-permissions';
import { actorOf, AuditRefusalsAs, PermissionGuard, RequirePermission } from './permission.guard';

/** One enabled plugin as the administrators' status screen lists it. */
export interface ModuleView {
  readonly name: string;
  readonly version: string;
  readonly description: string | null;
  /** The SDK range the plugin was built for (the kernel checked it at start). */
  readonly sdk: string;
  readonly dependsOn: readonly string[];
  readonly optionalDependsOn: readonly string[];
}

/**
 * `GET /api/admin/system` (`core:system:read`): the enabled modules in start order with their versions, the SDK
 * version this kernel provides, and the same health parts as `/health`. `/health` stays public and minimal for load
 * balancers; this one names the plugins' dependencies and is an administrator's read, so it is audited.
 */
@Controller('admin/system')
@UseGuards(PermissionGuard)
@RequirePermission(SYSTEM_READ.name)
export class SystemStatusController {
  constructor(
    private readonly kernel: Kernel,
    private readonly redis: RedisProbe,
    private readonly sessions: SessionService,
  ) {}

  @Get()
  @AuditRefusalsAs('core.ReadSystemStatus')
  async status(@Req() request: FastifyRequest): Promise<SystemHealth & { sdkVersion: string; modules: ModuleView[] }> {
    const health = await checkHealth(this.kernel, this.redis, this.sessions);
    const modules = this.kernel.registry.plugins.map((plugin) => ({
      name: plugin.name,
      version: plugin.version,
      description: plugin.description ?? null,
      sdk: plugin.sdk,
      dependsOn: Object.keys(plugin.dependsOn),
      optionalDependsOn: Object.keys(plugin.optionalDependsOn),
    }));
    await auditRequest(this.kernel, request, {
      actorId: actorOf(request).id,
      action: 'core.ReadSystemStatus',
      outcome: 'success',
    });
    return { ...health, sdkVersion: SDK_VERSION, modules };
  }
}
