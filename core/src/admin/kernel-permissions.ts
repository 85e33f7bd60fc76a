import { definePermission } from '@hms/sdk';

/** Manage accounts, roles and their permissions. Held through the `admin` role's `*`. */
export const ACCOUNTS_MANAGE = definePermission('core:accounts:manage', 'Manage user accounts and roles');

/** The permissions the kernel itself declares, listed beside the plugins' ones. */
export const KERNEL_PERMISSIONS = [ACCOUNTS_MANAGE];
