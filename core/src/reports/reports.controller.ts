import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, AuditRefusalsAs, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { Kernel } from '../kernel/kernel';
import { ReportService, type RequestOrigin } from './report-service';

/**
 * Reports for any signed-in account; each route then checks the permission it needs: listing shows only the
 * reports the account may run, running one needs the report's own permission, and a run is readable by whoever
 * asked for it or a holder of `core:reports:read-all`.
 */
@Controller('reports')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class ReportsController {
  private readonly reports: ReportService;

  constructor(kernel: Kernel) {
    this.reports = new ReportService(kernel);
  }

  @Get()
  @AuditRefusalsAs('core.ListReports')
  list(@Req() request: FastifyRequest) {
    return this.reports.list(actorOf(request));
  }

  @Post(':name/runs')
  @HttpCode(202)
  @AuditRefusalsAs('core.RequestReport')
  request(@Param('name') name: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.reports.request(name, body, actorOf(request), origin(request));
  }

  @Get('runs/:id')
  @AuditRefusalsAs('core.ReadReportRun')
  read(@Param('id') id: string, @Req() request: FastifyRequest) {
    return this.reports.read(id, actorOf(request), origin(request));
  }

  @Get('runs/:id/download')
  @AuditRefusalsAs('core.DownloadReport')
  async download(
    @Param('id') id: string,
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.reports.download(id, query, actorOf(request), origin(request));
    void reply.header('content-type', file.contentType);
    void reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    void reply.header('cache-control', 'no-store');
    return file.body;
  }
}

function origin(request: FastifyRequest): RequestOrigin {
  return { source: request.ip ?? null, correlationId: String(request.id) };
}
