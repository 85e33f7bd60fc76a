import { inPatientCompartment, smartScopesAllow } from '@hms/sdk';
import { CARE_UNRESTRICTED } from '../access/access-permissions';
import type { PluginRegistry } from '../kernel/plugin-registry';

/**
 * Maps SMART scopes onto the permissions: a scope reading a type grants the permissions of that type's read and
 * search queries, one writing it the permission of its import command, each only where the session's roles grant
 * it too (`AuthenticatedActor.has`). Permissions are coarser than types (`ehr:chart:read` serves Condition and
 * Observation alike), so the FHIR gateway checks the type itself as well; this keeps a scoped token from doing more
 * through `/api` than its scopes allow through FHIR. `core:care:unrestricted` is kept where the roles grant it: it is
 * not an action but the ground on which the care-relationship rule lets a reader in, and a scope narrows actions.
 */
export function scopePermissions(registry: PluginRegistry): (scopes: readonly string[]) => ReadonlySet<string> {
  const contributions = registry.plugins.flatMap((plugin) => plugin.fhir ?? []);
  const queryPermission = (type: string): string[] => {
    const name = registry.queries.get(type)?.item.permission.name;
    return name === undefined ? [] : [name];
  };
  return (scopes) => {
    const granted = new Set<string>([CARE_UNRESTRICTED.name]);
    for (const resource of contributions) {
      const compartment = inPatientCompartment(resource);
      if (smartScopesAllow(scopes, resource.type, 'read', compartment)) {
        queryPermission(resource.read.query.type).forEach((p) => granted.add(p));
        queryPermission(resource.search.query.type).forEach((p) => granted.add(p));
      }
      if (resource.import && smartScopesAllow(scopes, resource.type, 'write', compartment)) {
        const name = registry.commands.get(resource.import.command.type)?.item.permission.name;
        if (name !== undefined) granted.add(name);
      }
    }
    return granted;
  };
}
