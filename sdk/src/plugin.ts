import type {
  CareRelationshipDefinition,
  ClinicianIdentityDefinition,
  WardMembershipDefinition,
} from './care-relationships';
import type { CollabDocumentDefinition } from './collab';
import type { CommandRegistration, QueryRegistration } from './handlers';
import type { JobDefinition, ReportDefinition } from './jobs';
import type { FhirResourceDefinition } from './fhir/fhir-resource';
import type { FhirServerDefinition } from './fhir/fhir-server';
import type { EventDefinition } from './messages';
import type { MigrationDefinition, SequenceDefinition } from './migrations';
import type { NotificationKindDefinition } from './notifications';
import type { PermissionDefinition, RoleSuggestion } from './permissions';
import type { ProjectionDefinition } from './projections';
import type { ReactionDefinition } from './reactions';
import type { ReplicaDefinition } from './replicas';
import type { RouteDefinition } from './routes';
import type { SeedDefinition } from './seed/seed';

/** Everything a plugin contributes, in one place. */
export interface PluginManifest<O = unknown> {
  /** Lower-case name, also its PostgreSQL schema and queue prefix: `patient`, `acme-lab` (schema `acme_lab`). */
  readonly name: string;
  readonly version: string;
  /** Semver range of the SDK this plugin was built against, e.g. `'^1.0.0'`. */
  readonly sdk: string;
  /** Other plugins this one needs, with semver ranges; they must be enabled too. */
  readonly dependsOn: Readonly<Record<string, string>>;
  /**
   * Plugins this one works with when they are enabled, and without when they are not (e.g. the EHR opens
   * encounters from the patient plugin's check-ins): the range is checked only when that plugin is enabled.
   */
  readonly optionalDependsOn: Readonly<Record<string, string>>;
  /**
   * Plugins this one was split out of (since SDK 1.4). Its events and permissions may keep the names they were
   * released under (`'patient.AppointmentBooked'`, `'patient:appointment:book'`): stored events and the roles
   * hospitals granted keep their meaning. New names still take this plugin's own name.
   */
  readonly formerlyPartOf?: readonly string[];
  readonly description?: string;
  readonly permissions: readonly PermissionDefinition[];
  readonly roles: readonly RoleSuggestion[];
  readonly events: readonly EventDefinition[];
  readonly commands: readonly CommandRegistration[];
  readonly queries: readonly QueryRegistration[];
  readonly projections: readonly ProjectionDefinition[];
  /** Process managers: events (its own or its dependencies') turned into commands. */
  readonly reactions: readonly ReactionDefinition[];
  readonly routes: readonly RouteDefinition[];
  /** Path prefixes below `/api` this plugin owns (e.g. `/patients`); two plugins claiming one is a start-up error. */
  readonly paths: readonly string[];
  readonly jobs: readonly JobDefinition[];
  readonly reports: readonly ReportDefinition[];
  readonly migrations: readonly MigrationDefinition[];
  readonly sequences: readonly SequenceDefinition[];
  /** Kinds of documents co-edited live over the y-websocket protocol (clinical notes). */
  readonly collab: readonly CollabDocumentDefinition[];
  /**
   * The ways this plugin's data makes a clinician responsible for a patient (since SDK 2.1), which the kernel asks
   * before clinical data is read or written under the care-relationship policy.
   */
  readonly careRelationships: readonly CareRelationshipDefinition[];
  /** Who a login account is in this plugin's data (an employee id), for the care relationships (since SDK 2.1). */
  readonly clinicianIdentities: readonly ClinicianIdentityDefinition[];
  /** The kinds of notification this plugin raises (`ctx.notify`), since SDK 2.3. */
  readonly notificationKinds: readonly NotificationKindDefinition[];
  /** Who is on a ward's team, for notifications addressed to a ward (since SDK 2.3). */
  readonly wardMemberships: readonly WardMembershipDefinition[];
  /**
   * The FHIR resource types this plugin's data answers (since SDK 2.4), read and searched through its own queries
   * by the FHIR server when one is enabled.
   */
  readonly fhir: readonly FhirResourceDefinition[];
  /** The FHIR server at `/fhir/R4`, when this plugin provides it (since SDK 2.4; one enabled plugin at most). */
  readonly fhirServer?: FhirServerDefinition;
  /**
   * A vendor plugin's part of the web client: the absolute path of a prebuilt browser ES module (one file, or with
   * its chunks beside it) whose default export is a `ClientPlugin` from `@hms/sdk/client` with mountable screens.
   * The server serves that module's folder at `/api/plugins/<name>/client/`. Built-in plugins leave it out: their
   * client parts are compiled into the web client. Example: `client: { module: path.join(__dirname, 'client.js') }`.
   */
  readonly client?: { readonly module: string };
  /**
   * Read models a device may keep a copy of, to show offline and refresh incrementally (since SDK 2.9), each
   * answered by one of this plugin's queries: `GET /api/sync/replicas/<name>`. Optional: a plugin built with SDK 2.8
   * or older has none (the kernel reads a missing list as empty).
   */
  readonly replicas?: readonly ReplicaDefinition[];
  /** Fictional demo data (`hms seed`, and the demo start on an empty installation). */
  readonly seed?: SeedDefinition;
  /** Options given through `configure`. */
  readonly options: O;
}

/** A plugin as it is exported: its manifest plus `configure`, which returns a new definition. */
export interface PluginDefinition<O = unknown> extends PluginManifest<O> {
  configure(options: Partial<O>): PluginDefinition<O>;
}

type Optional =
  | 'dependsOn'
  | 'optionalDependsOn'
  | 'reactions'
  | 'roles'
  | 'events'
  | 'commands'
  | 'queries'
  | 'projections'
  | 'routes'
  | 'paths'
  | 'jobs'
  | 'reports'
  | 'migrations'
  | 'sequences'
  | 'options'
  | 'permissions'
  | 'collab'
  | 'careRelationships'
  | 'clinicianIdentities'
  | 'notificationKinds'
  | 'wardMemberships'
  | 'fhir';

/** The manifest as a plugin author writes it: only `name`, `version` and `sdk` are required. */
export type PluginInput<O> = Omit<PluginManifest<O>, Optional> & Partial<Pick<PluginManifest<O>, Optional>>;

/**
 * Defines a plugin: the one place that says what it contributes. The kernel validates it at start-up
 * (SDK range, dependencies, duplicate names, undeclared permissions, path ownership) and refuses to boot,
 * naming the plugin, on any contract error.
 * @example
 * export const patientPlugin = definePlugin({
 *   name: 'patient', version: '1.0.0', sdk: '^2.0.0',
 *   permissions: [PATIENT_READ, PATIENT_REGISTER],
 *   commands: [registerPatient], queries: [getPatient], events: [PatientRegistered],
 *   projections: [patientDirectoryProjection], routes: patientRoutes, paths: ['/patients'],
 *   migrations: [createDirectory],
 * });
 */
export function definePlugin<O = Record<string, never>>(input: PluginInput<O>): PluginDefinition<O> {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(input.name)) {
    throw new Error(`Plugin name "${input.name}" must be lower-case letters, digits and dashes`);
  }
  const manifest: PluginManifest<O> = {
    replicas: [],
    dependsOn: {},
    optionalDependsOn: {},
    reactions: [],
    permissions: [],
    roles: [],
    events: [],
    commands: [],
    queries: [],
    projections: [],
    routes: [],
    paths: [],
    jobs: [],
    reports: [],
    migrations: [],
    sequences: [],
    collab: [],
    careRelationships: [],
    clinicianIdentities: [],
    notificationKinds: [],
    wardMemberships: [],
    fhir: [],
    options: {} as O,
    ...input,
  };
  return Object.freeze({
    ...manifest,
    configure: (options: Partial<O>) => definePlugin({ ...input, options: { ...manifest.options, ...options } }),
  });
}
