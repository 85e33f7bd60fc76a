import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { dashboardSchema, GetDashboard } from '../contracts/dashboard';

export const getDashboardRoute = defineRoute({
  method: 'GET',
  path: '/analytics/dashboard',
  summary: "The hospital's headline figures now",
  description:
    "In-patients, bed occupancy, today's appointments and no-shows, today's admissions and discharges, and the " +
    'average length of stay of the last 30 days. Counts only, no patient ids; cheap enough to poll every few seconds.',
  query: GetDashboard,
  response: dashboardSchema,
});

export const analyticsRoutes: readonly RouteDefinition[] = [getDashboardRoute];
