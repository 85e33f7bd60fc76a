import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, ForbiddenError, NotFoundError, parseOrThrow, ValidationError, z, type Sql } from '@hms/sdk';
import type { AuditEntry } from '../audit/audit-entry';
import { Kernel } from '../kernel/kernel';
import { reportCsv } from '../reports/report-csv';
import { actorOf, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { CARE_GRANT, EMERGENCY_ACCESS_REVIEW } from './access-permissions';
import { careGrants } from './care-grants';
import { emergencyAccesses, type EmergencyAccess } from './emergency-accesses';

/** Patient ids are the plugins' own (UUIDs here); anything else names no patient. */
const patientIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/, 'must be a patient id');
/** A reason someone else will read: a sentence, not a tick. */
const reasonSchema = z.string().trim().min(10, 'must say why, in at least 10 characters').max(500);
const emergencySchema = z.strictObject({ patientId: patientIdSchema, reason: reasonSchema });
const reviewSchema = z.strictObject({
  finding: z.enum(['justified', 'not-justified']),
  note: z.string().trim().max(2000).default(''),
});
const reviewListSchema = z.strictObject({
  status: z.enum(['unreviewed', 'reviewed', 'all']).default('unreviewed'),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  patientId: patientIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const patientQuerySchema = z.strictObject({ patientId: patientIdSchema });
const grantSchema = z.strictObject({
  patientId: patientIdSchema,
  accountId: z.uuid(),
  until: z.iso.datetime({ offset: true }),
  reason: reasonSchema,
});
/** A grant is for a stretch of care, not for ever: a longer need is a care relationship to record. */
const LONGEST_GRANT_DAYS = 90;

/**
 * Access beyond the care relationships the plugins report: a clinician's emergency (break-the-glass) access with a
 * stated reason, its review by the privacy officer, and grants of one patient to a named colleague until a date.
 * Every change and every listing naming a patient is in the audit log; emergency accesses are flagged there
 * (`details.access = 'break-glass'`), as is every clinical read or write made under one.
 */
@Controller('access')
@UseGuards(PermissionGuard)
export class AccessController {
  constructor(private readonly kernel: Kernel) {}

  /** The installation's policy, so a client knows whether to offer the emergency access. */
  @Get('policy')
  @RequirePermission(SIGNED_IN)
  policy() {
    return { policy: this.kernel.access.care.policy, emergencyAccessMinutes: this.kernel.access.emergencyMinutes };
  }

  @Post('emergency')
  @HttpCode(201)
  @RequirePermission(SIGNED_IN)
  async breakTheGlass(@Body() body: unknown, @Req() request: FastifyRequest): Promise<EmergencyAccess> {
    const actor = actorOf(request);
    const input = parseOrThrow(emergencySchema, body);
    // Only clinicians break the glass: a front-desk or stores account gains nothing clinical from it.
    const clinical = [...this.kernel.registry.permissions.values()].filter(({ item }) => item.clinical);
    if (!clinical.some(({ item }) => actor.has(item.name))) {
      await this.audit(request, 'core.BreakTheGlass', [input.patientId], 'denied', { code: 'CLINICAL_ROLE_REQUIRED' });
      throw new ForbiddenError('CLINICAL_ROLE_REQUIRED', {}, { message: 'Only clinical roles may break the glass.' });
    }
    const access = await this.kernel.db.transaction(async (sql) => {
      const opened = await emergencyAccesses.open(sql, {
        patientId: input.patientId,
        accountId: actor.id,
        reason: input.reason,
        at: this.kernel.clock.now(),
        minutes: this.kernel.access.emergencyMinutes,
      });
      await this.audit(
        request,
        'core.BreakTheGlass',
        [input.patientId],
        'success',
        {
          access: 'break-glass',
          emergencyAccessId: opened.id,
          endsAt: opened.endsAt,
        },
        sql,
      );
      return opened;
    });
    return access;
  }

  /**
   * A patient's emergency accesses, for the patient's record: who opened it, when and until when. Reasons are
   * the privacy officer's to read. For anyone who may read patient data.
   */
  @Get('emergency')
  @RequirePermission(SIGNED_IN)
  async ofPatient(@Query() query: unknown, @Req() request: FastifyRequest) {
    const actor = actorOf(request);
    const { patientId } = parseOrThrow(patientQuerySchema, query);
    const patientData = [...this.kernel.registry.permissions.values()].filter(({ item }) => item.patientData);
    if (!patientData.some(({ item }) => actor.has(item.name))) {
      throw new ForbiddenError('PERMISSION_REQUIRED', { permission: 'patient data' });
    }
    const items = await emergencyAccesses.list(this.kernel.db, { status: 'all', patientId, limit: 50 });
    await this.audit(request, 'core.ListEmergencyAccesses', [patientId], 'success', {});
    const reviewer = actor.has(EMERGENCY_ACCESS_REVIEW.name);
    return { items: items.map((item) => (reviewer ? item : { ...item, reason: '', review: null })) };
  }

  @Get('emergency/review')
  @RequirePermission(EMERGENCY_ACCESS_REVIEW.name)
  async reviewList(@Query() query: unknown, @Req() request: FastifyRequest) {
    const filter = parseOrThrow(reviewListSchema, query);
    const items = await emergencyAccesses.list(this.kernel.db, filter);
    await this.audit(request, 'core.ListEmergencyAccesses', patientsOf(items), 'success', { status: filter.status });
    return { items };
  }

  /** The emergency accesses of a period as CSV, for the privacy committee's report. */
  @Get('emergency/report.csv')
  @RequirePermission(EMERGENCY_ACCESS_REVIEW.name)
  async report(
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const filter = parseOrThrow(reviewListSchema.extend({ status: reviewListSchema.shape.status.default('all') }), {
      limit: 500,
      ...(query as object),
    });
    const items = await emergencyAccesses.list(this.kernel.db, filter);
    await this.audit(request, 'core.ExportEmergencyAccesses', patientsOf(items), 'success', {});
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="emergency-accesses.csv"');
    void reply.header('cache-control', 'no-store');
    return reportCsv({
      columns: [
        { key: 'startedAt', label: 'Opened at' },
        { key: 'endsAt', label: 'Ends at' },
        { key: 'by', label: 'By' },
        { key: 'patientId', label: 'Patient id' },
        { key: 'reason', label: 'Reason' },
        { key: 'finding', label: 'Finding' },
        { key: 'reviewedBy', label: 'Reviewed by' },
        { key: 'note', label: 'Review note' },
      ],
      rows: items.map((item) => ({
        startedAt: item.startedAt,
        endsAt: item.endsAt,
        by: item.by,
        patientId: item.patientId,
        reason: item.reason,
        finding: item.review?.finding ?? 'not reviewed',
        reviewedBy: item.review?.by ?? null,
        note: item.review?.note ?? null,
      })),
    });
  }

  @Post('emergency/:id/review')
  @HttpCode(200)
  @RequirePermission(EMERGENCY_ACCESS_REVIEW.name)
  async review(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    const accessId = parseOrThrow(z.uuid(), id);
    const input = parseOrThrow(reviewSchema, body);
    const actor = actorOf(request);
    return this.kernel.db.transaction(async (sql) => {
      const reviewed = await emergencyAccesses.review(sql, accessId, {
        ...input,
        by: actor.id,
        at: this.kernel.clock.now(),
      });
      if (reviewed === undefined) throw new NotFoundError('EMERGENCY_ACCESS_NOT_FOUND', { emergencyAccessId: id });
      if (reviewed === 'reviewed') {
        throw new ConflictError(
          'EMERGENCY_ACCESS_REVIEWED',
          { emergencyAccessId: id },
          {
            message: 'This emergency access has already been reviewed.',
          },
        );
      }
      await this.audit(
        request,
        'core.ReviewEmergencyAccess',
        [reviewed.patientId],
        'success',
        {
          emergencyAccessId: id,
          finding: input.finding,
        },
        sql,
      );
      return reviewed;
    });
  }

  @Get('grants')
  @RequirePermission(CARE_GRANT.name)
  async grants(@Query() query: unknown, @Req() request: FastifyRequest) {
    const { patientId } = parseOrThrow(patientQuerySchema, query);
    const items = await careGrants.ofPatient(this.kernel.db, patientId);
    await this.audit(request, 'core.ListCareGrants', [patientId], 'success', {});
    return { items };
  }

  /**
   * Grants a colleague one patient until a date. The one granting must reach the patient themselves, so a grant
   * never opens more than its giver has.
   */
  @Post('grants')
  @HttpCode(201)
  @RequirePermission(CARE_GRANT.name)
  async grant(@Body() body: unknown, @Req() request: FastifyRequest) {
    const actor = actorOf(request);
    const input = parseOrThrow(grantSchema, body);
    const now = this.kernel.clock.now();
    const endsAt = new Date(input.until);
    if (endsAt <= now || endsAt.getTime() - now.getTime() > LONGEST_GRANT_DAYS * 86_400_000) {
      throw new ValidationError([{ path: 'until', message: `must be in the next ${LONGEST_GRANT_DAYS} days` }]);
    }
    try {
      await this.kernel.access.care.require(actor, [input.patientId], this.kernel.db);
    } catch (error) {
      await this.audit(request, 'core.GrantCareAccess', [input.patientId], 'denied', {
        code: (error as { code?: string }).code ?? 'INTERNAL_ERROR',
      });
      throw error;
    }
    return this.kernel.db.transaction(async (sql) => {
      const [account] = await sql.query<{ id: string }>(`SELECT id FROM core.accounts WHERE id = $1 AND NOT disabled`, [
        input.accountId,
      ]);
      if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId: input.accountId });
      const grant = await careGrants.grant(sql, {
        patientId: input.patientId,
        accountId: input.accountId,
        grantedBy: actor.id,
        reason: input.reason,
        startsAt: now,
        endsAt,
      });
      await this.audit(
        request,
        'core.GrantCareAccess',
        [input.patientId],
        'success',
        {
          grantId: grant.id,
          accountId: input.accountId,
          endsAt: grant.endsAt,
        },
        sql,
      );
      return grant;
    });
  }

  @Delete('grants/:id')
  @RequirePermission(CARE_GRANT.name)
  async revoke(@Param('id') id: string, @Req() request: FastifyRequest) {
    const grantId = parseOrThrow(z.uuid(), id);
    return this.kernel.db.transaction(async (sql) => {
      const grant = await careGrants.revoke(sql, grantId, actorOf(request).id, this.kernel.clock.now());
      if (!grant) throw new NotFoundError('GRANT_NOT_FOUND', { grantId: id });
      await this.audit(request, 'core.RevokeCareAccess', [grant.patientId], 'success', { grantId: id }, sql);
      return grant;
    });
  }

  private audit(
    request: FastifyRequest,
    action: string,
    patientIds: readonly string[],
    outcome: AuditEntry['outcome'],
    details: Record<string, unknown>,
    sql: Sql = this.kernel.db,
  ): Promise<unknown> {
    return this.kernel.audit.record(sql, {
      at: this.kernel.clock.now(),
      actorId: actorOf(request).id,
      action,
      outcome,
      source: request.ip ?? null,
      correlationId: String(request.id),
      patientIds: [...patientIds],
      ...(Object.keys(details).length > 0 ? { details } : {}),
    });
  }
}

function patientsOf(items: readonly EmergencyAccess[]): string[] {
  return [...new Set(items.map((item) => item.patientId))];
}
