import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { parseOrThrow } from '@hms/sdk';
import { actorOf, AuditRefusalsAs, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { auditRequest } from '../app/audit-request';
import { Kernel } from '../kernel/kernel';
import { pathOf } from '../logging/serializers';
import type { SyncOutcome } from './sync-answer';
import { runSyncBatch } from './sync-batch';
import { syncCommandsBody } from './sync-commands-body';

const ACTION = 'core.SyncCommands';

/**
 * `POST /api/sync/commands`: a browser's outbox, sent in one call. Any signed-in account may call it; each command
 * then needs its own permission, checked by the executor as on its plugin's route.
 */
@Controller('sync')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class SyncCommandsController {
  constructor(private readonly kernel: Kernel) {}

  @Post('commands')
  @HttpCode(200)
  @AuditRefusalsAs(ACTION)
  async commands(@Body() body: unknown, @Req() request: FastifyRequest): Promise<{ results: SyncOutcome[] }> {
    const actor = actorOf(request);
    let input;
    try {
      input = parseOrThrow(syncCommandsBody, body);
    } catch (error) {
      // Nothing ran; the refusal is kept with its code only (the body may hold patient data).
      await auditRequest(this.kernel, request, {
        actorId: actor.id,
        action: ACTION,
        outcome: 'invalid',
        details: { code: (error as { code?: string }).code ?? 'VALIDATION_FAILED' },
      });
      throw error;
    }
    const results = await runSyncBatch(
      input.commands,
      { actor, correlationId: String(request.id), source: request.ip ?? null, path: pathOf(request.url) },
      this.kernel,
    );
    return { results };
  }
}
