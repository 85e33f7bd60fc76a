import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HmsError, parseOrThrow, ValidationError, z } from '@hms/sdk';
import { AUDIT_READ } from '../admin/kernel-permissions';
import { actorOf, AuditRefusalsAs, PermissionGuard, RequirePermission } from '../admin/permission.guard';
import { auditRequest } from '../app/audit-request';
import type { AuditOutcome } from '../audit/audit-entry';
import { Kernel } from '../kernel/kernel';
import { accessHistoryCsv } from './access-history-csv';
import { findAuditRecords, findPatientRecords, resolveActor, type AuditRecordPage } from './audit-records';
import { accessHistorySchema, auditSearchSchema } from './audit-search-params';
import { describeAction } from './describe-action';

export const SEARCH_ACTION = 'core.SearchAuditLog';
export const EXPORT_ACTION = 'core.ExportPatientAccessHistory';
/** A history longer than this is refused (422): the file would not open in a spreadsheet; narrow the period. */
export const MAX_EXPORT_RECORDS = 100_000;

/**
 * The privacy officer's audit viewer (`core:audit:read`): search the audit log, and export one patient's access
 * history. Reading the log is itself recorded, naming the patient searched (a search by actor or time alone names
 * none); bad input is a 400 problem, recorded too, and changes nothing.
 */
@Controller('audit')
@UseGuards(PermissionGuard)
@RequirePermission(AUDIT_READ.name)
export class AuditViewerController {
  constructor(private readonly kernel: Kernel) {}

  @Get('records')
  @AuditRefusalsAs(SEARCH_ACTION)
  async search(@Query() query: unknown, @Req() request: FastifyRequest): Promise<AuditRecordPage> {
    const params = await this.parse(request, SEARCH_ACTION, () => parseOrThrow(auditSearchSchema, query));
    const { patientId, actor, from, to, action, outcome, emergencyOnly, limit, after } = params;
    const actorId = actor === undefined ? undefined : await resolveActor(this.kernel.db, actor);
    const filter = { patientId, actorId, from, to, action, outcome, emergencyOnly };
    const page = await this.answer(request, SEARCH_ACTION, patientId, () =>
      findAuditRecords(this.kernel.db, filter, { limit, after }),
    );
    await this.record(request, SEARCH_ACTION, 'success', patientId, {
      filters: { actor: actorId ?? null, from: from ?? null, to: to ?? null, action: action ?? null },
      outcomeFilter: outcome ?? null,
      emergencyOnly,
      returned: page.items.length,
    });
    return page;
  }

  @Get('patients/:patientId/access-history')
  @AuditRefusalsAs(EXPORT_ACTION)
  async exportAccessHistory(
    @Param('patientId') patientIdParam: string,
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { patientId, from, to, timeZone } = await this.parse(request, EXPORT_ACTION, () => ({
      patientId: parseOrThrow(z.uuid(), patientIdParam),
      ...parseOrThrow(accessHistorySchema, query),
    }));
    const records = await findPatientRecords(this.kernel.db, { patientId, from, to }, MAX_EXPORT_RECORDS);
    if (records.length > MAX_EXPORT_RECORDS) {
      await this.record(request, EXPORT_ACTION, 'invalid', patientId, { code: 'AUDIT_EXPORT_TOO_LARGE' });
      throw new ValidationError([
        { path: 'from', message: `More than ${MAX_EXPORT_RECORDS} records: choose a shorter period` },
      ]);
    }
    await this.record(request, EXPORT_ACTION, 'success', patientId, { returned: records.length, timeZone });
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="access-history-${patientId}.csv"`);
    void reply.header('cache-control', 'no-store');
    return accessHistoryCsv(records, timeZone, (action) => describeAction(this.kernel.registry, action));
  }

  /** Input that does not parse is recorded (without ids: they were not validated) and answered 400. */
  private async parse<T>(request: FastifyRequest, action: string, parse: () => T): Promise<T> {
    try {
      return parse();
    } catch (error) {
      if (error instanceof HmsError) {
        await this.record(request, action, 'invalid', undefined, { code: error.code });
      }
      throw error;
    }
  }

  /** A cursor this server did not make fails the read: recorded like any bad input. */
  private async answer<T>(
    request: FastifyRequest,
    action: string,
    patientId: string | undefined,
    read: () => Promise<T>,
  ) {
    try {
      return await read();
    } catch (error) {
      if (error instanceof ValidationError)
        await this.record(request, action, 'invalid', patientId, { code: error.code });
      throw error;
    }
  }

  private record(
    request: FastifyRequest,
    action: string,
    outcome: AuditOutcome,
    patientId: string | undefined,
    details: Record<string, unknown>,
  ): Promise<unknown> {
    return auditRequest(this.kernel, request, {
      actorId: actorOf(request).id,
      action,
      outcome,
      ...(patientId === undefined ? {} : { patientIds: [patientId] }),
      details,
    });
  }
}
