import { t } from '$lib/i18n/en';

/** A module of the client: shown when the server has its plugin enabled and the user holds its permission. */
export interface ClientModule {
  readonly plugin: string;
  readonly href: string;
  readonly permission: string;
  readonly label: string;
}

export const MODULES: readonly ClientModule[] = [
  { plugin: 'patient', href: '/patients', permission: 'patient:record:read', label: t.modules.patient ?? 'Patients' },
  { plugin: 'scheduling', href: '/appointments', permission: 'patient:appointment:read', label: t.modules.appointments ?? 'Appointments' },
  { plugin: 'adt', href: '/wards', permission: 'patient:ward:read', label: t.modules.wards ?? 'Wards' },
  { plugin: 'analytics', href: '/dashboard', permission: 'analytics:dashboard:read', label: t.modules.dashboard ?? 'Dashboard' },
  { plugin: 'inventory', href: '/stores', permission: 'inventory:stock:read', label: t.modules.stores ?? 'Stores' },
];

/** The permission to read a patient's chart (the EHR plugin declares it). */
export const CHART_READ = 'ehr:chart:read';

/**
 * Whether the chart is offered (a link on the patient page, not a navigation entry: a chart is always one patient's):
 * the server has the EHR plugin enabled and the user may read charts.
 */
export function chartAvailable(enabledPlugins: readonly string[], permissions: readonly string[]): boolean {
  return enabledPlugins.includes('ehr') && holds(permissions, CHART_READ);
}

/**
 * Reports are the core's, shown to every signed-in account that may run at least one (the server lists only those,
 * so the navigation asks it: see `reportsVisible` in session.svelte.ts).
 */
export const REPORTS_MODULE = { plugin: 'core', href: '/reports', permission: '', label: t.modules.reports ?? 'Reports' } as const;

/** `GET /health` lists plugins as `name@version`. */
export function pluginNames(healthPlugins: readonly string[]): string[] {
  return healthPlugins.map((entry) => entry.replace(/@[^@]*$/, ''));
}

/** Whether `permissions` (from GET /api/auth/me) include `permission`; `'*'` (the admin role) holds every one. */
export function holds(permissions: readonly string[], permission: string): boolean {
  return permissions.includes('*') || permissions.includes(permission);
}

export function visibleModules(enabledPlugins: readonly string[], permissions: readonly string[]): ClientModule[] {
  const enabled = new Set(enabledPlugins);
  return MODULES.filter((m) => enabled.has(m.plugin) && holds(permissions, m.permission));
}
