export {
  bindCareStatement,
  CARE_RELATIONSHIP_REQUIRED,
  defineCareRelationship,
  defineClinicianIdentity,
  defineWardMembership,
} from './care-relationships';
export type {
  CareRelationshipDefinition,
  CareRelationshipQuestion,
  CareRelationshipStatementDefinition,
  CareStatementBindings,
  ClinicianIdentityDefinition,
  ClinicianIdentityQuestion,
  ClinicianIdentityStatementDefinition,
  WardMembershipDefinition,
  WardMembershipQuestion,
} from './care-relationships';
export { defineCollabDocument } from './collab';
export type {
  CollabAccess,
  CollabContent,
  CollabDocumentDefinition,
  CollabDocuments,
  CollabMode,
  CollabReader,
} from './collab';
export { fold } from './decider';
export type { Decider, SnapshotPolicy } from './decider';
export {
  assertNever,
  ConflictError,
  ForbiddenError,
  HmsError,
  InvariantViolation,
  NotFoundError,
  ValidationError,
  VERSION_CONFLICT,
} from './errors';
export type { ErrorDetails, FieldIssue } from './errors';
export type {
  Actor,
  CommandContext,
  DecideResult,
  EventMeta,
  ExpectedVersion,
  LoadedStream,
  QueryContext,
  RecordedEvent,
  RequestableJob,
  Sequences,
  Sql,
  SqlParam,
  StreamHistory,
  Streams,
  StreamVersion,
} from './context';
export { defineFhirResource } from './fhir/fhir-resource';
export type {
  FhirImport,
  FhirImportMapped,
  FhirImportMatch,
  FhirImportRefused,
  FhirHistory,
  FhirImportTarget,
  FhirPeriod,
  FhirRead,
  FhirResource,
  FhirResourceDefinition,
  FhirResourceInput,
  FhirSearch,
  FhirSearchCriteria,
  FhirSearchParameter,
  FhirToken,
} from './fhir/fhir-resource';
export { defineFhirServer, FHIR_BASE_PATH } from './fhir/fhir-server';
export { fhirRecordAccess, provideFhirRecordAccess } from './fhir/fhir-record-access';
export type { FhirProvenanceCriteria, FhirRecordAccess, FhirSearchPart } from './fhir/fhir-record-access';
export type {
  FhirContribution,
  FhirImportRecord,
  FhirImportRun,
  FhirRefusal,
  FhirRequest,
  FhirServerContext,
  FhirServerDefinition,
} from './fhir/fhir-server';
export { inPatientCompartment, MAX_SMART_SCOPES, parseSmartScopes, smartScopesAllow } from './fhir/smart-scopes';
export type { SmartAccess, SmartScope } from './fhir/smart-scopes';
export { handleCommand, handleQuery } from './handlers';
export type { CommandRegistration, QueryRegistration } from './handlers';
export { defineJob, defineReport } from './jobs';
export type { JobContext, JobDefinition, ReportContext, ReportDefinition, ReportResult, RetryPolicy } from './jobs';
export { defineNotificationKind } from './notifications';
export type {
  NotificationAudience,
  NotificationChannel,
  NotificationFacts,
  NotificationKindDefinition,
  NotificationRequest,
  NotificationSeverity,
  NotificationSubject,
} from './notifications';
export { defineCommand, defineEvent, defineQuery, event } from './messages';
export type {
  Command,
  CommandDefinition,
  CommandMeta,
  CommandOptions,
  DataOf,
  DomainEvent,
  InputOf,
  EventDefinition,
  MessageType,
  QueryDefinition,
  ResultOf,
  Upcaster,
} from './messages';
export { defineMigration, defineSequence } from './migrations';
export type { MigrationDefinition, SequenceDefinition } from './migrations';
export { definePermission } from './permissions';
export type { PermissionDefinition, PermissionName, RoleSuggestion } from './permissions';
export { definePlugin } from './plugin';
export type { PluginDefinition, PluginInput, PluginManifest } from './plugin';
export { defineProjection } from './projections';
export type { ProjectionDefinition, ProjectionInput, RecordedOf } from './projections';
export { defineReaction, reactWith } from './reactions';
export type { ReactionCommand, ReactionContext, ReactionDefinition, ReactionInput } from './reactions';
export { DEFAULT_REPLICA_LIMITS, defineReplica, WHOLE_ANSWER_KEY } from './replicas';
export type { ReplicaDefinition, ReplicaInput, ReplicaLimits, ReplicaRowChange } from './replicas';
export { defineRoute } from './routes';
export type {
  CommandRoute,
  HttpMethod,
  PathParamNames,
  PathParams,
  QueryRoute,
  RouteDefinition,
  RouteRequest,
  RouteResponse,
  WebhookAuthentication,
  WebhookRequest,
} from './routes';
export { defineSeed } from './seed/seed';
export type { SeedCommandOptions, SeedContext, SeedDefinition } from './seed/seed';
export { executeRetrying } from './seed/execute-retrying';
export { inFlight } from './seed/in-flight';
export { progressMeter } from './seed/progress-meter';
export { seededRandom } from './seed/seeded-random';
export {
  addDays,
  datesBetween,
  DAY_MS,
  HOUR_MS,
  isoWeekday,
  localDateOf,
  minutes,
  MINUTE_MS,
  offsetAt,
  toIso,
  zonedInstant,
} from './time/zoned-time';
export { parseOrThrow, toFieldIssues, toJsonSchema, z } from './schema';
export { negotiateLocale, requestLocale, SERVER_LOCALES } from './locale';
export { ianaTimeZone, isTimeZone } from './time/time-zone';
export type { ServerLocale } from './locale';
export type { Infer, Schema } from './schema';
export { streamId } from './streams';
export { timelineEntry } from './timeline';
export type { DescribeOnTimeline, ProjectionContext, TimelineDescription, TimelineValue } from './timeline';
