import { randomUUID } from 'node:crypto';
import {
  ForbiddenError,
  inPatientCompartment,
  InvariantViolation,
  provideFhirRecordAccess,
  smartScopesAllow,
  type FhirImportRun,
  type SmartAccess,
} from '@hms/sdk';
import type {
  Actor,
  FhirContribution,
  FhirImportRecord,
  FhirRequest,
  FhirResource,
  FhirSearchCriteria,
  FhirServerContext,
  FhirServerDefinition,
  RouteResponse,
} from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditSink } from '../buses/audit-sink';
import type { CommandExecutor } from '../buses/command-executor';
import type { QueryExecutor } from '../buses/query-executor';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { Owned, PluginRegistry } from '../kernel/plugin-registry';
import { fhirImportJobName } from './fhir-import-job-name';
import { fhirImportRuns } from './fhir-import-runs';
import { fhirRecordAccessFor, importAuditEntry } from './fhir-record-access';

/** Who sends a FHIR request, for the executors and the audit log. */
export interface FhirCaller {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly source: string | null;
}

/**
 * Between the FHIR server (the one plugin declaring `fhirServer`) and the plugins contributing resource types: it
 * hands the server the contributions and runs their queries through the query executor as the requesting user, so
 * a FHIR read meets the same permission check, care-relationship rule and audit record as the plugin's own route,
 * with the audit details naming the FHIR server as the asker. An import runs the contributions' own commands
 * through the command executor the same way. The server itself reads and writes nothing else.
 */
export class FhirGateway {
  readonly server: Owned<FhirServerDefinition> | undefined;
  readonly contributions: readonly FhirContribution[];

  constructor(
    registry: PluginRegistry,
    private readonly deps: {
      readonly queries: QueryExecutor;
      readonly commands: CommandExecutor;
      readonly audit: AuditSink;
      readonly db: Database;
      readonly clock: Clock;
      /** The care-relationship rule, for reads the gateway answers itself (Provenance). */
      readonly care: CareAccess;
      /** Queues a background import (`kernel.enqueue`); absent in a process without job queues. */
      readonly enqueue?: (jobName: string, payload: unknown, options: { jobId: string }) => Promise<unknown>;
    },
  ) {
    const provider = registry.plugins.find((plugin) => plugin.fhirServer !== undefined);
    this.server = provider?.fhirServer ? { plugin: provider.name, item: provider.fhirServer } : undefined;
    this.contributions = registry.plugins.flatMap((plugin) =>
      (plugin.fhir ?? []).map((resource) => Object.freeze({ plugin: plugin.name, resource })),
    );
  }

  /** Answers one request with the enabled FHIR server; throws what the server throws. */
  handle(request: FhirRequest, caller: FhirCaller): Promise<RouteResponse> {
    if (!this.server) throw new Error('No enabled plugin provides a FHIR server');
    return this.server.item.handle(request, this.context(this.server.plugin, caller));
  }

  /**
   * A session narrowed by SMART scopes reaches a type only where a scope allows it (the server may check first, for
   * a partial answer; this is where it holds whatever the server does). A refusal is audited like a missing
   * permission.
   */
  private async checkScope(
    caller: FhirCaller,
    resource: FhirContribution['resource'],
    access: SmartAccess,
    action: string,
    patientId?: string,
  ): Promise<void> {
    if (smartScopesAllow(caller.actor.scopes, resource.type, access, inPatientCompartment(resource))) return;
    await this.deps.audit.record(this.deps.db, {
      actorId: caller.actor.id,
      action,
      patientIds: patientId === undefined ? [] : [patientId],
      outcome: 'denied',
      source: caller.source,
      correlationId: caller.correlationId,
      details: { askedBy: 'fhir', refused: 'SCOPE_REQUIRED' },
    });
    throw new ForbiddenError('SCOPE_REQUIRED', { type: resource.type, access });
  }

  /** Runs a stored bundle's import through the server as the caller (the background job's part). */
  runImport(bundle: unknown, caller: FhirCaller, progress: (percent: number) => Promise<void>): Promise<FhirResource> {
    const runImport = this.server?.item.runImport;
    if (!this.server || !runImport) throw new Error('The enabled FHIR server imports nothing in the background');
    return runImport(bundle, this.context(this.server.plugin, caller), progress);
  }

  private context(serverPlugin: string, caller: FhirCaller): FhirServerContext {
    const run = (
      type: string,
      params: unknown,
      action: string,
      deferAudit?: (entry: AuditEntry) => void,
    ): Promise<unknown> =>
      this.deps.queries.execute(
        { type, params, actor: caller.actor, correlationId: caller.correlationId, source: caller.source },
        { plugin: serverPlugin, action, ...caller },
        deferAudit,
      );
    const context: FhirServerContext = {
      actor: caller.actor,
      now: this.deps.clock.now().toISOString(),
      correlationId: caller.correlationId,
      contributions: this.contributions,
      read: async ({ resource }, id): Promise<FhirResource | undefined> => {
        await this.checkScope(caller, resource, 'read', `fhir:read:${resource.type}`);
        const answer = await run(resource.read.query.type, resource.read.params(id), `fhir:read:${resource.type}`);
        return resource.read.resource(answer as never, id);
      },
      history: async ({ resource }, id): Promise<readonly FhirResource[]> => {
        if (!resource.history) return [];
        await this.checkScope(caller, resource, 'read', `fhir:history:${resource.type}`);
        const answer = await run(
          resource.history.query.type,
          resource.history.params(id),
          `fhir:history:${resource.type}`,
        );
        return resource.history.versions(answer as never, id);
      },
      startImportRun: async (bundle): Promise<string> => {
        const enqueue = this.deps.enqueue;
        if (!enqueue) throw new InvariantViolation('FHIR_IMPORT_QUEUE_UNAVAILABLE', {});
        const id = randomUUID();
        await fhirImportRuns.create(this.deps.db, {
          id,
          requestedBy: caller.actor.id,
          at: this.deps.clock.now(),
          source: caller.source,
          bundle,
        });
        await enqueue(fhirImportJobName(serverPlugin), { runId: id }, { jobId: id });
        return id;
      },
      importRun: (runId): Promise<FhirImportRun | undefined> =>
        /^[0-9a-f-]{36}$/.test(runId)
          ? fhirImportRuns.ofRequester(this.deps.db, runId, caller.actor.id)
          : Promise.resolve(undefined),
      matchRecords: async ({ resource }, imported): Promise<readonly string[]> => {
        const match = resource.import?.match;
        const params = match?.params(imported);
        if (!match || params === undefined) return [];
        await this.checkScope(caller, resource, 'read', `fhir:match:${resource.type}`);
        const answer = await run(match.query.type, params, `fhir:match:${resource.type}`);
        return match.candidates(answer as never);
      },
      search: async ({ resource }, criteria: FhirSearchCriteria): Promise<readonly FhirResource[]> => {
        await this.checkScope(caller, resource, 'read', `fhir:search:${resource.type}`, criteria.patient);
        const params = resource.search.params(criteria);
        const answer = await run(resource.search.query.type, params, `fhir:search:${resource.type}`);
        return resource.search.resources(answer as never, criteria);
      },
      importResource: async ({ resource }, data, commandId): Promise<string> => {
        if (!resource.import) throw new Error(`No plugin imports FHIR ${resource.type}`);
        await this.checkScope(caller, resource, 'write', `fhir:import:${resource.type}`);
        const result = await this.deps.commands.execute({
          type: resource.import.command.type,
          data,
          commandId,
          actor: caller.actor,
          correlationId: caller.correlationId,
          source: caller.source,
        });
        return resource.import.createdId(result as never);
      },
      recordImport: async (record: FhirImportRecord): Promise<void> => {
        await this.deps.audit.record(this.deps.db, importAuditEntry(serverPlugin, caller, record));
      },
    };
    return provideFhirRecordAccess(
      context,
      fhirRecordAccessFor(caller, {
        ...this.deps,
        serverPlugin,
        run,
        checkScope: ({ resource }, patientId) =>
          this.checkScope(caller, resource, 'read', `fhir:search:${resource.type}`, patientId),
      }),
    );
  }
}
