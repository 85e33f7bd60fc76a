import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { NotFoundError, type ReplicaDefinition } from '@hms/sdk';
import type { ReplicaAnswer, ReplicaDescription } from '@hms/sdk/client';
import { actorOf, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { auditRequest } from '../app/audit-request';
import { auditOutcomeOf } from '../buses/audit-outcome';
import { Kernel } from '../kernel/kernel';
import { describeReplica, replicaCatalog } from './replica-catalog';
import { pullReplica } from './replica-pull';

/**
 * `/api/sync/replicas`: the read models a device may keep (docs/local-first.md). Signed in is enough to ask; each
 * pull runs the replica's query as the user, so its permission, the care-relationship rule and the audit decide.
 */
@Controller('sync/replicas')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class ReplicasController {
  private readonly catalog: ReturnType<typeof replicaCatalog>;

  constructor(private readonly kernel: Kernel) {
    this.catalog = replicaCatalog(kernel.plugins);
  }

  /** The replicas whose query the account may ask, with the event types that make a device pull them. */
  @Get()
  list(@Req() request: FastifyRequest): { items: ReplicaDescription[] } {
    const actor = actorOf(request);
    const items = [...this.catalog.values()]
      .filter(({ permission }) => actor.has(permission))
      .map(({ plugin, replica }) => describeReplica(plugin, replica));
    return { items };
  }

  @Get(':name')
  async pull(
    @Param('name') name: string,
    @Query() query: Record<string, unknown> | undefined,
    @Req() request: FastifyRequest,
  ): Promise<ReplicaAnswer> {
    const actor = actorOf(request);
    const { since, ...params } = query ?? {};
    const audit = (error: unknown): Promise<unknown> =>
      auditRequest(this.kernel, request, {
        actorId: actor.id,
        action: 'sync.replica',
        outcome: auditOutcomeOf(error),
        details: { replica: name.slice(0, 100), code: (error as { code?: string }).code ?? 'INTERNAL_ERROR' },
      });
    const replica = this.replica(name);
    if (!replica) {
      const error = new NotFoundError('REPLICA_NOT_FOUND', { replica: name.slice(0, 100) });
      await audit(error);
      throw error;
    }
    return pullReplica(this.kernel, {
      replica,
      actor,
      params,
      since,
      correlationId: String(request.id),
      source: request.ip ?? null,
      auditRefusal: audit,
    });
  }

  private replica(name: string): ReplicaDefinition | undefined {
    return this.catalog.get(name)?.replica;
  }
}
