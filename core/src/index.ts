// The public surface of @hms/core: what apps/* use to assemble processes. Plugins never import it.
export { createApiApp } from './app/create-api-app';
export type { ApiOptions } from './app/api-options';
export { apiDocument, apiDocumentForPlugins } from './app/api-routes-document';
export { sealAuditCheckpoint } from './audit/audit-checkpoint';
export { AuditWriter } from './audit/audit-writer';
export type { AuditEntry, AuditOutcome } from './audit/audit-entry';
export { verifyAuditCheckpoints } from './audit/verify-audit-checkpoints';
export type { CheckpointVerification } from './audit/verify-audit-checkpoints';
export { verifyAuditLog } from './audit/verify-audit-log';
export type { AuditBreak, AuditVerification } from './audit/verify-audit-log';
export { AccountService } from './auth/account.service';
export { AuthenticatedActor } from './auth/authenticated-actor';
export { ensureFirstAdmin } from './auth/first-admin';
export type { FirstAdminResult } from './auth/first-admin';
export { SessionService } from './auth/session.service';
export type { LoginResult } from './auth/session.service';
export { FakeClock, systemClock } from './clock/clock';
export type { Clock } from './clock/clock';
export { ConfigError, loadConfig, redactUrl } from './config/config';
export type { HmsConfig } from './config/config';
export { JobRunner } from './jobs/job-runner';
export type { JobRunnerHost } from './jobs/job-runner';
export { DEFAULT_PREFIX as DEFAULT_JOB_PREFIX, queueName } from './jobs/job-options';
export type { JobLog, JobRunnerOptions } from './jobs/job-options';
export { checkRedis, MINIMUM_REDIS_VERSION } from './jobs/redis-check';
export type { RedisCheck, RedisProblem } from './jobs/redis-check';
export { freePort } from './database/free-port';
export { bootKernel } from './kernel/boot-kernel';
export type { BootOptions, DatabaseTarget } from './kernel/boot-kernel';
export { Kernel } from './kernel/kernel';
export { PluginContractError } from './kernel/plugin-contract-error';
export { seedPlugins } from './kernel/seed-plugins';
export type { SeedReport } from './kernel/seed-plugins';
export { systemActor } from './kernel/system-actor';
export { createLogger } from './logging/logger';
export { COLLAB_PATH, CollabServer } from './collab/collab-server';
export { verifyCollabDocuments } from './collab/collab-verifier';
export type { BrokenCollabDocument, CollabVerification } from './collab/collab-verifier';
export type { ProjectionVerification } from './projections/projection-verifier';
export type { CollabServerOptions } from './collab/collab-server';
export { ReportRunFinished } from './reports/report-run-finished.event';
export { reportJobName } from './reports/report-job-name';
// The test kit (bootTestKernel, test databases and Redis prefixes, a collaboration client) is @hms/core/testing.
export { RecordingTransport } from './notifications/notification-transports';
export type {
  NotificationTransport,
  NotificationTransports,
  TransportChannel,
  TransportMessage,
} from './notifications/notification-transports';
