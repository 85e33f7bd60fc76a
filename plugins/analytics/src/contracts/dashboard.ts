import { defineQuery, z } from '@hms/sdk';
import { timeZoneSchema } from './time-zone';

export const GetDashboard = defineQuery(
  'analytics.GetDashboard',
  z.strictObject({
    timeZone: timeZoneSchema.default('UTC').describe('The time zone "today" is counted in (default UTC)'),
  }),
  "The hospital's headline figures now: in-patients, occupancy, today's appointments and flow, average stay",
).returns<Dashboard>();

export const dashboardSchema = z.object({
  at: z.iso.datetime(),
  inPatients: z.number().int().describe('Stays admitted and not yet discharged'),
  bedsInService: z.number().int().describe('Beds listed on a ward and in service now'),
  occupancyPercent: z.number().nullable().describe('In-patients over beds in service, in percent'),
  appointmentsToday: z.number().int().describe('Appointments starting today, not cancelled'),
  noShowsToday: z.number().int().describe('Appointments starting today recorded as no-shows'),
  admissionsToday: z.number().int(),
  dischargesToday: z.number().int(),
  averageLengthOfStayDays: z.number().nullable().describe('Mean length of the stays discharged in the last 30 days'),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
