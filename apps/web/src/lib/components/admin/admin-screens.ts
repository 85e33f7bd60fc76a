import type { operations } from '$lib/api/schema';

/** The kernel permissions behind the administrators' screens (declared in core/src/admin/kernel-permissions.ts). */
export const ACCOUNTS_MANAGE = 'core:accounts:manage';
export const SYSTEM_READ = 'core:system:read';
export const JOBS_MANAGE = 'core:jobs:manage';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type AccountView = JsonOf<operations['getAdminAccounts']['responses'][200]>['items'][number];
export type RoleView = JsonOf<operations['getAdminRoles']['responses'][200]>['items'][number];
export type PermissionView = JsonOf<operations['getAdminPermissions']['responses'][200]>['items'][number];
export type SystemStatus = JsonOf<operations['getAdminSystem']['responses'][200]>;
export type QueueView = JsonOf<operations['getAdminQueues']['responses'][200]>['items'][number];
export type JobRun = JsonOf<operations['getAdminQueuesByPluginJobs']['responses'][200]>['items'][number];

export type AdminScreenId = 'users' | 'roles' | 'system' | 'queues';

/** One kernel administration screen: where it is and which permission opens it. */
export interface AdminScreen {
  readonly id: AdminScreenId;
  readonly href: string;
  readonly permission: string;
}

export const ADMIN_SCREENS: readonly AdminScreen[] = [
  { id: 'users', href: '/admin/users', permission: ACCOUNTS_MANAGE },
  { id: 'roles', href: '/admin/roles', permission: ACCOUNTS_MANAGE },
  { id: 'system', href: '/admin/system', permission: SYSTEM_READ },
  { id: 'queues', href: '/admin/queues', permission: JOBS_MANAGE },
];

/** The administration screens an account may open, in the order the menu and the start page list them. */
export function adminScreensFor(can: (permission: string) => boolean): AdminScreen[] {
  return ADMIN_SCREENS.filter((screen) => can(screen.permission));
}
