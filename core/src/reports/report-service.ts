import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  HmsError,
  NotFoundError,
  parseOrThrow,
  toJsonSchema,
  z,
  type Actor,
  type ReportDefinition,
} from '@hms/sdk';
import { REPORTS_READ_ALL } from '../admin/kernel-permissions';
import type { AuditOutcome } from '../audit/audit-entry';
import type { Kernel } from '../kernel/kernel';
import type { Owned } from '../kernel/plugin-registry';
import { reportCsv } from './report-csv';
import { reportJobName } from './report-job-name';
import { reportPdf } from './report-pdf';
import { reportRuns, type ReportRun } from './report-run-store';

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  readonly source: string | null;
  readonly correlationId: string;
}

/** A file to send. */
export interface ReportFile {
  readonly body: string | Buffer;
  readonly contentType: string;
  readonly filename: string;
}

class ReportsUnavailable extends HmsError {
  override readonly status = 503;
}

const downloadSchema = z.strictObject({ format: z.enum(['csv', 'pdf']).default('csv') });

/**
 * Reports as users see them: the ones they may run, asking for a run (validated, stored, queued), reading a run,
 * and downloading its result. Runs of reports guarded by a patient-data permission are audited when asked for,
 * when their result is read and when downloaded.
 */
export class ReportService {
  constructor(private readonly kernel: Kernel) {}

  /**
   * The enabled plugins' reports the actor may run, each with the JSON schema of its parameters (defaults included).
   */
  list(actor: Actor) {
    const items = [...this.kernel.registry.reports.values()]
      .filter(({ item }) => actor.has(item.permission.name))
      .map(({ plugin, item }) => ({
        name: item.name,
        title: item.title,
        description: item.description,
        plugin,
        parameters: toJsonSchema(item.parameters),
      }));
    return { items };
  }

  /**
   * Validates the parameters, stores the run (with the defaults applied: the stored parameters say exactly what
   * was computed) and queues it. Nothing is stored or queued when the report is unknown, not permitted, or the
   * parameters are bad.
   */
  async request(name: string, input: unknown, actor: Actor, origin: RequestOrigin): Promise<{ id: string }> {
    const owned = this.kernel.registry.reports.get(name);
    if (!owned) throw new NotFoundError('REPORT_NOT_FOUND', { report: name });
    const report = owned.item;
    if (!actor.has(report.permission.name)) {
      if (report.permission.patientData)
        await this.audit(actor, 'core.RequestReport', 'denied', origin, { report: name });
      throw new ForbiddenError('PERMISSION_REQUIRED', { permission: report.permission.name });
    }
    const parameters = parseOrThrow(report.parameters, input ?? {}) as Record<string, unknown>;
    const jobs = this.kernel.jobs;
    if (!jobs?.queue(owned.plugin)) throw new ReportsUnavailable('REPORTS_UNAVAILABLE', { report: name });
    const id = randomUUID();
    await this.kernel.db.transaction(async (sql) => {
      await reportRuns.insert(sql, {
        id,
        report: name,
        plugin: owned.plugin,
        parameters,
        requestedBy: actor.id,
        requestedAt: this.kernel.clock.now(),
      });
      if (report.permission.patientData)
        await this.audit(actor, 'core.RequestReport', 'success', origin, { report: name, runId: id }, sql);
    });
    try {
      await jobs.enqueue(reportJobName(owned.plugin), { runId: id }, { jobId: id });
    } catch (error) {
      await reportRuns.fail(this.kernel.db, id, 'QUEUE_UNAVAILABLE', this.kernel.clock.now());
      throw new ReportsUnavailable('QUEUE_UNAVAILABLE', { report: name, runId: id }, { cause: error });
    }
    return { id };
  }

  /** The run's status and progress and, once completed, its result (an audited read for patient-data reports). */
  async read(id: string, actor: Actor, origin: RequestOrigin) {
    const { run, report } = await this.readable(id, actor);
    if (run.status === 'completed' && handlesPatientData(report)) {
      await this.audit(actor, 'core.ReadReportRun', 'success', origin, { report: run.report, runId: run.id });
    }
    return {
      id: run.id,
      report: run.report,
      title: report?.item.title ?? run.report,
      plugin: run.plugin,
      parameters: run.parameters,
      status: run.status,
      progress: run.progress,
      requestedBy: run.requestedBy,
      requestedAt: run.requestedAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null,
      error: run.error,
      ...(run.status === 'completed' ? { result: run.result } : {}),
    };
  }

  /** The completed run's result as CSV or PDF. */
  async download(id: string, query: unknown, actor: Actor, origin: RequestOrigin): Promise<ReportFile> {
    const { format } = parseOrThrow(downloadSchema, query ?? {});
    const { run, report } = await this.readable(id, actor);
    if (run.status !== 'completed' || !run.result)
      throw new ConflictError('REPORT_NOT_READY', { runId: run.id, status: run.status });
    if (handlesPatientData(report)) {
      await this.audit(actor, 'core.DownloadReport', 'success', origin, { report: run.report, runId: run.id, format });
    }
    const filename = `${run.report.replace(/[^A-Za-z0-9._-]/g, '_')}-${run.requestedAt.toISOString().slice(0, 10)}.${format}`;
    if (format === 'csv')
      return { body: reportCsv(run.result), contentType: 'text/csv; charset=utf-8; header=present', filename };
    const [requester] = await this.kernel.db.query<{ username: string }>(
      'SELECT username FROM core.accounts WHERE id = $1',
      [run.requestedBy],
    );
    // jsonb keeps no key order: show the parameters in the order the report declares them.
    const declared = Object.keys(
      (report && (toJsonSchema(report.item.parameters).properties as object | undefined)) ?? {},
    );
    const rank = (key: string) => (declared.includes(key) ? declared.indexOf(key) : declared.length);
    const parameters = Object.entries(run.parameters)
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    const body = reportPdf(run.result, {
      title: report?.item.title ?? run.report,
      lines: [
        ...(report ? [report.item.description] : []),
        `Parameters: ${parameters.join('; ') || 'none'}`,
        `Requested by ${requester?.username ?? run.requestedBy} at ${run.requestedAt.toISOString()}; ` +
          `finished at ${run.finishedAt?.toISOString() ?? '-'}. Run ${run.id}.`,
      ],
      createdAt: this.kernel.clock.now(),
    });
    return { body, contentType: 'application/pdf', filename };
  }

  /**
   * The run, when the actor asked for it or holds `core:reports:read-all`. Anyone else is told it does not exist
   * (404), so run ids cannot be probed.
   */
  private async readable(id: string, actor: Actor): Promise<{ run: ReportRun; report?: Owned<ReportDefinition> }> {
    const run = z.uuid().safeParse(id).success ? await reportRuns.find(this.kernel.db, id) : undefined;
    if (!run || (run.requestedBy !== actor.id && !actor.has(REPORTS_READ_ALL.name))) {
      throw new NotFoundError('REPORT_RUN_NOT_FOUND', { runId: id });
    }
    return { run, report: this.kernel.registry.reports.get(run.report) };
  }

  private audit(
    actor: Actor,
    action: string,
    outcome: AuditOutcome,
    origin: RequestOrigin,
    details: Record<string, unknown>,
    sql = this.kernel.db as Parameters<Kernel['audit']['record']>[0],
  ): Promise<unknown> {
    return this.kernel.audit.record(sql, {
      at: this.kernel.clock.now(),
      actorId: actor.id,
      action,
      outcome,
      source: origin.source,
      correlationId: origin.correlationId,
      details,
    });
  }
}

/** A report no longer declared (its plugin disabled since) is treated as patient data: its permission is unknown. */
function handlesPatientData(report: Owned<ReportDefinition> | undefined): boolean {
  return report?.item.permission.patientData ?? true;
}
