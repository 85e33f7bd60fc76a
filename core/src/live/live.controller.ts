import { Kernel } from '../kernel/kernel';
import { patientReach } from './patient-reach';
import { Controller, Get, Inject, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { API_OPTIONS, type ApiOptions } from '../app/api-options';
import { tokenOf } from '../app/request-auth';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { SessionService } from '../auth/session.service';
import { LiveHub, type LiveClient } from './live-hub';
import { sseComment, sseEvent } from './sse';

const DEFAULT_HEARTBEAT_MS = 25_000;

/**
 * `GET /api/live`: Server-Sent Events for the signed-in account. A heartbeat comment keeps proxies from closing an
 * idle stream; at each one the session is checked again, so a signed-out or expired session (or a changed role)
 * takes effect on an open channel too. The browser's EventSource reconnects on its own after a network loss.
 */
@Controller('live')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class LiveController {
  private readonly heartbeatMs: number;

  constructor(
    private readonly hub: LiveHub,
    private readonly sessions: SessionService,
    private readonly kernel: Kernel,
    @Inject(API_OPTIONS) options: ApiOptions,
  ) {
    this.heartbeatMs = options.live?.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  }

  @Get()
  async open(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    let actor: AuthenticatedActor = actorOf(request);
    const token = tokenOf(request.headers);
    const raw = reply.raw;
    void reply.hijack(); // the stream is written by hand from here; Fastify sends nothing more
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // nginx would otherwise hold events back in its buffer
      'x-correlation-id': String(request.id),
    });
    const client: LiveClient = {
      accountId: actor.id,
      may: (permission) => actor.has(permission),
      reaches: patientReach(this.kernel.access.care, this.kernel.db, () => actor),
      send: (event, data) => {
        if (!raw.writableEnded) raw.write(sseEvent(event, data));
      },
    };
    const heartbeat = setInterval(() => {
      void (token ? this.sessions.authenticate(token) : Promise.resolve(null)).then(
        (current) => (current ? ((actor = current), raw.write(sseComment('heartbeat'))) : raw.end()),
        () => raw.write(sseComment('heartbeat')), // the database is away: keep the channel, check next time
      );
    }, this.heartbeatMs);
    let closed = false;
    raw.on('close', () => {
      closed = true;
      clearInterval(heartbeat);
      this.hub.leave(client);
    });
    await this.hub.join(client);
    if (closed)
      this.hub.leave(client); // the browser left while the hub was starting
    else raw.write(`retry: 5000\n${sseComment('connected')}`);
  }
}
