import { handleQuery } from '@hms/sdk';
import { SCHEDULE_READ } from '../contracts/permissions';
import { ListSchedules, type ScheduleSummaryList } from '../contracts/queries';

interface Row {
  practitioner_id: string;
  time_zone: string;
  appointment_types: { code: string; durationMinutes: number }[];
  defined_at: Date;
}

/** Every practitioner with a schedule, from the async directory (a definition shows within a moment). */
export const listSchedulesHandler = handleQuery(ListSchedules, {
  permission: SCHEDULE_READ,
  async handle(_params, ctx): Promise<ScheduleSummaryList> {
    const rows = await ctx.sql.query<Row>(
      `SELECT practitioner_id, time_zone, appointment_types, defined_at
         FROM scheduling.schedule_directory ORDER BY defined_at, practitioner_id`,
    );
    return {
      items: rows.map((r) => ({
        practitionerId: r.practitioner_id,
        timeZone: r.time_zone,
        appointmentTypes: r.appointment_types,
        definedAt: new Date(r.defined_at).toISOString(),
      })),
    };
  },
});
