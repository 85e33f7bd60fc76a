import type {
  CollabDocumentDefinition,
  CommandRegistration,
  EventDefinition,
  NotificationKindDefinition,
  PermissionDefinition,
  PluginDefinition,
  ProjectionDefinition,
  QueryRegistration,
  ReportDefinition,
  RoleSuggestion,
} from '@hms/sdk';
import { bindProjection, projectionContext } from '../projections/timeline-projection';

/** A registration together with the plugin that contributed it. */
export interface Owned<T> {
  readonly plugin: string;
  readonly item: T;
}

/**
 * Everything the enabled plugins contribute, indexed for the buses, the store and the HTTP layer.
 * Built once at start-up from manifests already checked and ordered by dependency.
 */
export class PluginRegistry {
  readonly commands = new Map<string, Owned<CommandRegistration>>();
  readonly queries = new Map<string, Owned<QueryRegistration>>();
  readonly events = new Map<string, Owned<EventDefinition>>();
  readonly permissions = new Map<string, Owned<PermissionDefinition>>();
  readonly projections: Owned<ProjectionDefinition>[] = [];
  readonly roles: Owned<RoleSuggestion>[] = [];
  readonly reports = new Map<string, Owned<ReportDefinition>>();
  /** Kinds of co-edited documents, by kind. */
  readonly collab = new Map<string, Owned<CollabDocumentDefinition>>();
  /** Kinds of notification, by name (since SDK 2.3). */
  readonly notificationKinds = new Map<string, Owned<NotificationKindDefinition>>();

  constructor(readonly plugins: readonly PluginDefinition[]) {
    for (const plugin of plugins) {
      const own = <T>(item: T): Owned<T> => ({ plugin: plugin.name, item });
      plugin.commands.forEach((c) => this.commands.set(c.command.type, own(c)));
      plugin.queries.forEach((q) => this.queries.set(q.query.type, own(q)));
      plugin.events.forEach((e) => this.events.set(e.type, own(e)));
      plugin.permissions.forEach((p) => this.permissions.set(p.name, own(p)));
      plugin.roles.forEach((r) => this.roles.push(own(r)));
      plugin.reports.forEach((r) => this.reports.set(r.name, own(r)));
      plugin.collab.forEach((c) => this.collab.set(c.kind, own(c)));
      (plugin.notificationKinds ?? []).forEach((k) => this.notificationKinds.set(k.name, own(k)));
    }
    // Projections last: one taking the timeline events needs every enabled plugin's event definitions.
    const events = new Map([...this.events].map(([type, owned]) => [type, owned.item]));
    const context = projectionContext(events);
    for (const plugin of plugins) {
      plugin.projections.forEach((p) =>
        this.projections.push({ plugin: plugin.name, item: bindProjection(p, events, context) }),
      );
    }
  }

  get names(): string[] {
    return this.plugins.map((p) => p.name);
  }

  inlineProjections(): Owned<ProjectionDefinition>[] {
    return this.projections.filter((p) => p.item.mode === 'inline');
  }

  asyncProjections(): Owned<ProjectionDefinition>[] {
    return this.projections.filter((p) => p.item.mode === 'async');
  }

  projection(name: string): Owned<ProjectionDefinition> | undefined {
    return this.projections.find((p) => p.item.name === name);
  }
}
