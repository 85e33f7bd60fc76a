import { holds } from '@hms/sdk/client';
import type { PermissionView, RoleView } from './admin-screens';

/** The permissions one plugin (or the kernel, `core`) declares, as one block of the matrix. */
export interface PermissionGroup {
  readonly plugin: string;
  readonly permissions: readonly PermissionView[];
}

/**
 * The permissions grouped by the plugin that declares them: the kernel's first, then the plugins in the order the
 * server listed them (their start order), each group keeping the declared order.
 */
export function groupByPlugin(permissions: readonly PermissionView[]): PermissionGroup[] {
  const groups = new Map<string, PermissionView[]>();
  for (const permission of permissions) {
    const group = groups.get(permission.plugin) ?? [];
    group.push(permission);
    groups.set(permission.plugin, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(b === 'core') - Number(a === 'core'));
  return ordered.map(([plugin, list]) => ({ plugin, permissions: list }));
}

/** Whether the role grants the permission: named in it, or through `*` (every permission). */
export function roleGrants(role: Pick<RoleView, 'permissions'>, permission: string): boolean {
  return holds(role.permissions, permission);
}

/**
 * A role's permissions after one box of the editor is ticked or cleared; the order stays the declared one, so the
 * saved list reads like the matrix. Permissions the server no longer declares are dropped (it would refuse them).
 */
export function toggled(
  selected: readonly string[],
  permission: string,
  on: boolean,
  declared: readonly PermissionView[],
): string[] {
  const chosen = new Set(selected.filter((p) => p !== permission));
  if (on) chosen.add(permission);
  return declared.map((p) => p.name).filter((name) => chosen.has(name));
}

/** The role names a new role may take (the server's rule): lower-case letters, digits, dots, dashes, underscores. */
export const ROLE_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
