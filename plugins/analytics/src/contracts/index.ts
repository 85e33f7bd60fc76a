export { dashboardSchema, GetDashboard } from './dashboard';
export type { Dashboard } from './dashboard';
export { ANALYTICS_DASHBOARD, ANALYTICS_REPORT } from './permissions';
