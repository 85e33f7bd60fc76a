import { handleQuery } from '@hms/sdk';
import { SCHEDULE_READ } from '../contracts/permissions';
import { ListSchedules, type ScheduleSummaryList } from '../contracts/queries';
import { practitionersByIds } from './staff-directory';

interface Row {
  practitioner_id: string;
  time_zone: string;
  appointment_types: { code: string; durationMinutes: number }[];
  defined_at: Date;
}

/**
 * Every practitioner with a schedule, from the async directory (a definition shows within a moment), named by the
 * staff plugin's directory when it is enabled.
 */
export const listSchedulesHandler = handleQuery(ListSchedules, {
  permission: SCHEDULE_READ,
  async handle(_params, ctx): Promise<ScheduleSummaryList> {
    const rows = await ctx.sql.query<Row>(
      `SELECT practitioner_id, time_zone, appointment_types, defined_at
         FROM scheduling.schedule_directory ORDER BY defined_at, practitioner_id`,
    );
    const staff = await practitionersByIds(
      ctx,
      rows.map((r) => r.practitioner_id),
    );
    return {
      items: rows.map((r) => {
        const known = staff.get(r.practitioner_id);
        return {
          practitionerId: r.practitioner_id,
          timeZone: r.time_zone,
          appointmentTypes: r.appointment_types,
          definedAt: new Date(r.defined_at).toISOString(),
          ...(known ? { practitioner: { name: known.name, position: known.position, licence: known.licence } } : {}),
        };
      }),
    };
  },
});
