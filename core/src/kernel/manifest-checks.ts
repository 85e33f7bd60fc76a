import { checkReplicas } from '../sync/replica-checks';
import semver from 'semver';
import type { PluginDefinition } from '@hms/sdk';
import { SDK_VERSION } from './sdk-version';
import { reportJobName } from '../reports/report-job-name';
import { deliverNotificationJobName } from '../notifications/deliver-notification.job';
import { queueNotificationDeliveriesJobName } from '../notifications/queue-notification-deliveries.job';
import { PluginContractError } from './plugin-contract-error';

/**
 * Checks the enabled plugins against the SDK contract before anything starts: SDK range, dependencies present
 * and in range, unique names across plugins, permissions declared, patient data audited, routes bound to the
 * plugin's own handlers on paths it owns. Throws a {@link PluginContractError} naming the first offender.
 */
export function checkManifests(
  plugins: readonly PluginDefinition[],
  installed: readonly PluginDefinition[] = plugins,
): void {
  const names = new Set<string>();
  for (const plugin of plugins) {
    if (names.has(plugin.name)) throw new PluginContractError(plugin.name, 'is enabled twice');
    names.add(plugin.name);
    checkSdkRange(plugin);
    checkDependencies(plugin, plugins, installed);
    checkOwnNames(plugin);
    checkPermissions(plugin, plugins);
    checkRoutes(plugin);
    checkJobs(plugin);
    checkReactions(plugin, plugins);
    checkFhirContributions(plugin);
    checkReplicas(plugin);
  }
  checkUniqueAcross(plugins);
}

function checkSdkRange(plugin: PluginDefinition): void {
  if (!semver.validRange(plugin.sdk))
    throw new PluginContractError(plugin.name, `sdk range "${plugin.sdk}" is not a semver range`);
  if (!semver.satisfies(SDK_VERSION, plugin.sdk)) {
    throw new PluginContractError(plugin.name, `needs SDK ${plugin.sdk}, but this kernel provides SDK ${SDK_VERSION}`);
  }
}

function checkDependencies(
  plugin: PluginDefinition,
  enabled: readonly PluginDefinition[],
  installed: readonly PluginDefinition[],
): void {
  for (const [name, range] of Object.entries(plugin.dependsOn)) {
    const dependency = enabled.find((p) => p.name === name);
    if (!dependency) {
      const why = installed.some((p) => p.name === name)
        ? 'is installed but not enabled (add it to HMS_PLUGINS)'
        : 'is not installed';
      throw new PluginContractError(plugin.name, `depends on "${name}" ${range}, which ${why}`);
    }
    if (!semver.satisfies(dependency.version, range)) {
      throw new PluginContractError(
        plugin.name,
        `depends on "${name}" ${range}, but version ${dependency.version} is enabled`,
      );
    }
  }
  // An optional dependency may be absent; when it is enabled, it must be a version this plugin was built for.
  for (const [name, range] of Object.entries(plugin.optionalDependsOn ?? {})) {
    const dependency = enabled.find((p) => p.name === name);
    if (dependency && !semver.satisfies(dependency.version, range)) {
      throw new PluginContractError(
        plugin.name,
        `works with "${name}" ${range}, but version ${dependency.version} is enabled`,
      );
    }
  }
}

/**
 * A reaction follows its own plugin's events or those of plugins it declares (required or optional); its name
 * carries the plugin's, like a projection's.
 */
function checkReactions(plugin: PluginDefinition, enabled: readonly PluginDefinition[]): void {
  const declared = new Set([
    plugin.name,
    ...Object.keys(plugin.dependsOn),
    ...Object.keys(plugin.optionalDependsOn ?? {}),
  ]);
  for (const reaction of plugin.reactions ?? []) {
    if (!reaction.name.startsWith(`${plugin.name}.`)) {
      throw new PluginContractError(plugin.name, `reaction "${reaction.name}" must start with "${plugin.name}."`);
    }
    for (const handled of reaction.handles) {
      const owner =
        enabled.find((p) => p.events.some((e) => e.type === handled.type))?.name ?? handled.type.split('.')[0] ?? '';
      if (!declared.has(owner)) {
        throw new PluginContractError(
          plugin.name,
          `reaction ${reaction.name} follows ${handled.type} of "${owner}", which it does not declare`,
        );
      }
    }
  }
}

/**
 * Wire types, permissions, jobs, projections and sequences carry the plugin's name, so they cannot collide by accident.
 */
function checkOwnNames(plugin: PluginDefinition): void {
  const prefixed = [
    ...plugin.commands.map((c) => c.command.type),
    ...plugin.queries.map((q) => q.query.type),
    ...plugin.projections.map((p) => p.name),
    ...plugin.jobs.map((j) => j.name),
    ...plugin.reports.map((r) => r.name),
    ...plugin.sequences.map((s) => s.name),
    ...plugin.collab.map((c) => c.kind),
    ...(plugin.notificationKinds ?? []).map((k) => k.name),
    ...(plugin.wardMemberships ?? []).map((w) => w.name),
  ];
  for (const name of prefixed) {
    if (!name.startsWith(`${plugin.name}.`))
      throw new PluginContractError(plugin.name, `"${name}" must start with "${plugin.name}."`);
  }
  // Stored events and granted permissions keep the name of the plugin they were released under (a split).
  const owners = [plugin.name, ...(plugin.formerlyPartOf ?? [])];
  for (const event of plugin.events) {
    if (!owners.some((owner) => event.type.startsWith(`${owner}.`))) {
      throw new PluginContractError(plugin.name, `"${event.type}" must start with "${owners.join('." or "')}."`);
    }
  }
  for (const permission of plugin.permissions) {
    if (!owners.some((owner) => permission.name.startsWith(`${owner}:`))) {
      throw new PluginContractError(
        plugin.name,
        `permission "${permission.name}" must start with "${owners.join(':" or "')}:"`,
      );
    }
  }
  const schema = plugin.name.replace(/-/g, '_');
  for (const projection of plugin.projections) {
    for (const table of projection.tables) {
      if (!table.startsWith(`${schema}.`)) {
        throw new PluginContractError(
          plugin.name,
          `projection ${projection.name} owns table "${table}" outside schema "${schema}"`,
        );
      }
    }
  }
  assertNoDuplicates(
    plugin.name,
    'migration',
    plugin.migrations.map((m) => m.name),
  );
}

function checkPermissions(plugin: PluginDefinition, enabled: readonly PluginDefinition[]): void {
  const visible = new Set(
    enabled.filter((p) => p === plugin || p.name in plugin.dependsOn).flatMap((p) => p.permissions.map((x) => x.name)),
  );
  const guarded = [
    ...plugin.commands.map((c) => ({
      what: `command ${c.command.type}`,
      permission: c.permission,
      audited: !!c.auditPatient,
    })),
    ...plugin.queries.map((q) => ({
      what: `query ${q.query.type}`,
      permission: q.permission,
      audited: !!q.auditPatient,
    })),
    ...plugin.reports.map((r) => ({ what: `report ${r.name}`, permission: r.permission, audited: true })),
    // The collaboration server audits every connection against the patient its kind resolves.
    ...plugin.collab.flatMap((c) => [
      { what: `collab document ${c.kind}`, permission: c.readPermission, audited: true },
      { what: `collab document ${c.kind}`, permission: c.writePermission, audited: true },
    ]),
  ];
  for (const { what, permission, audited } of guarded) {
    if (!visible.has(permission.name)) {
      throw new PluginContractError(plugin.name, `${what} uses permission "${permission.name}", which is not declared`);
    }
    if (permission.patientData && !audited) {
      throw new PluginContractError(
        plugin.name,
        `${what} touches patient data ("${permission.name}") but declares no auditPatient`,
      );
    }
  }
  for (const role of plugin.roles) {
    for (const permission of role.permissions) {
      if (!visible.has(permission.name)) {
        throw new PluginContractError(
          plugin.name,
          `role ${role.name} grants "${permission.name}", which is not declared`,
        );
      }
    }
  }
}

function checkRoutes(plugin: PluginDefinition): void {
  const commands = new Set(plugin.commands.map((c) => c.command.type));
  const queries = new Set(plugin.queries.map((q) => q.query.type));
  for (const route of plugin.routes) {
    const label = `route ${route.method} ${route.path}`;
    const bound = 'command' in route ? commands.has(route.command.type) : queries.has(route.query.type);
    if (!bound)
      throw new PluginContractError(plugin.name, `${label} is bound to a handler the plugin does not register`);
    if (!plugin.paths.some((owned) => route.path === owned || route.path.startsWith(`${owned}/`))) {
      throw new PluginContractError(
        plugin.name,
        `${label} is outside the paths it owns (${plugin.paths.join(', ') || 'none'})`,
      );
    }
  }
  assertNoDuplicates(
    plugin.name,
    'route',
    plugin.routes.map((r) => `${r.method} ${r.path}`),
  );
}

/** A cron of 5 fields (minute first) or 6 (seconds first), as BullMQ's parser takes them. */
const CRON = /^\S+( \S+){4,5}$/;

/**
 * Jobs' tuning must make sense, and a schedule's fixed payload must pass the job's own schema: otherwise every
 * scheduled run would fail, night after night, long after the deploy that broke it.
 */
function checkJobs(plugin: PluginDefinition): void {
  const integerIn = (value: number, min: number, max: number): boolean =>
    Number.isInteger(value) && value >= min && value <= max;
  for (const job of plugin.jobs) {
    if (job.name === reportJobName(plugin.name)) {
      throw new PluginContractError(
        plugin.name,
        `job ${job.name}: the name is the kernel's, which runs the plugin's reports under it`,
      );
    }
    if (
      job.name === deliverNotificationJobName(plugin.name) ||
      job.name === queueNotificationDeliveriesJobName(plugin.name)
    ) {
      throw new PluginContractError(
        plugin.name,
        `job ${job.name}: the name is the kernel's, which sends the plugin's notifications under it`,
      );
    }
    const checks: [boolean, string][] = [
      [integerIn(job.concurrency, 1, 100), 'concurrency must be an integer from 1 to 100'],
      [integerIn(job.retry.attempts, 1, 50), 'retry.attempts must be an integer from 1 to 50'],
      [
        Number.isFinite(job.retry.backoffMs) && job.retry.backoffMs >= 0,
        'retry.backoffMs must be 0 or more milliseconds',
      ],
      [
        !job.schedule || CRON.test(job.schedule.cron.trim()),
        `schedule "${job.schedule?.cron}" is not a cron of 5 or 6 fields`,
      ],
      [
        !job.schedule || job.payload.safeParse(job.schedule.payload).success,
        "schedule's payload fails the job's payload schema",
      ],
    ];
    const failed = checks.find(([ok]) => !ok);
    if (failed) throw new PluginContractError(plugin.name, `job ${job.name}: ${failed[1]}`);
  }
}

/** Paths the kernel serves itself under /api. */
const KERNEL_PATHS = [
  '/auth',
  '/openapi.json',
  '/docs',
  '/health',
  '/admin',
  '/reports',
  '/plugins',
  '/audit',
  '/access',
  '/live',
  '/notifications',
  '/sync',
];

function checkPathOwnership(plugins: readonly PluginDefinition[]): void {
  const overlaps = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  const claims = plugins.flatMap((p) => p.paths.map((path) => ({ plugin: p.name, path })));
  for (const [i, claim] of claims.entries()) {
    if (!/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(claim.path)) {
      throw new PluginContractError(claim.plugin, `path "${claim.path}" must look like "/patients"`);
    }
    const kernel = KERNEL_PATHS.find((reserved) => overlaps(claim.path, reserved));
    if (kernel)
      throw new PluginContractError(claim.plugin, `path "${claim.path}" is reserved by the kernel (/api${kernel})`);
    const other = claims.slice(0, i).find((c) => overlaps(c.path, claim.path));
    if (other) {
      throw new PluginContractError(
        claim.plugin,
        `path "/api${claim.path}" overlaps "/api${other.path}" of plugin "${other.plugin}"`,
      );
    }
  }
}

function checkUniqueAcross(plugins: readonly PluginDefinition[]): void {
  checkPathOwnership(plugins);
  const owners = new Map<string, string>();
  const claim = (kind: string, name: string, plugin: string): void => {
    const key = `${kind} ${name}`;
    const owner = owners.get(key);
    if (owner !== undefined) {
      throw new PluginContractError(
        plugin,
        owner === plugin ? `declares ${key} twice` : `${key} is already declared by plugin "${owner}"`,
      );
    }
    owners.set(key, plugin);
  };
  for (const p of plugins) {
    p.commands.forEach((c) => claim('a handler for command', c.command.type, p.name));
    p.queries.forEach((q) => claim('a handler for query', q.query.type, p.name));
    p.events.forEach((e) => claim('event type', e.type, p.name));
    p.permissions.forEach((x) => claim('permission', x.name, p.name));
    p.projections.forEach((x) => claim('projection', x.name, p.name));
    (p.reactions ?? []).forEach((x) => claim('reaction', x.name, p.name));
    p.jobs.forEach((j) => claim('job', j.name, p.name));
    p.reports.forEach((r) => claim('report', r.name, p.name));
    p.collab.forEach((c) => claim('collab document kind', c.kind, p.name));
    (p.notificationKinds ?? []).forEach((k) => claim('notification kind', k.name, p.name));
    (p.fhir ?? []).forEach((r) => claim('FHIR resource type', r.type, p.name));
    if (p.fhirServer) claim('the FHIR server', 'at /fhir/R4', p.name);
  }
}

/** A FHIR resource type is read and imported through the contributing plugin's own queries and commands only. */
function checkFhirContributions(plugin: PluginDefinition): void {
  const own = new Set(plugin.queries.map((q) => q.query.type));
  const commands = new Set(plugin.commands.map((c) => c.command.type));
  for (const resource of plugin.fhir ?? []) {
    if (resource.import && !commands.has(resource.import.command.type)) {
      throw new PluginContractError(
        plugin.name,
        `FHIR ${resource.type} imports through ${resource.import.command.type}, a command the plugin does not register`,
      );
    }
    for (const [use, query] of [
      ['reads', resource.read.query],
      ['searches', resource.search.query],
      ...(resource.history ? ([['reads its history', resource.history.query]] as const) : []),
      ...(resource.import?.match ? ([['matches imports', resource.import.match.query]] as const) : []),
    ] as const) {
      if (!own.has(query.type)) {
        throw new PluginContractError(
          plugin.name,
          `FHIR ${resource.type} ${use} through ${query.type}, a query the plugin does not register`,
        );
      }
    }
  }
}

function assertNoDuplicates(plugin: string, kind: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new PluginContractError(plugin, `declares ${kind} "${name}" twice`);
    seen.add(name);
  }
}
