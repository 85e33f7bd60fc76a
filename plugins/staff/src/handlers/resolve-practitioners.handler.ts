import { handleQuery } from '@hms/sdk';
import { DIRECTORY_READ } from '../contracts/permissions';
import { ResolvePractitioners, type Practitioner } from '../contracts/queries';
import { EMPLOYEE_ROWS, type EmployeeRow } from './employee-rows';
import { hospitalToday, staffRules } from '../options';

/** Published: one indexed read for a page of calendars. Unknown ids are left out of the answer. */
export const resolvePractitionersHandler = handleQuery(ResolvePractitioners, {
  permission: DIRECTORY_READ,
  published: true,
  async handle({ ids }, ctx): Promise<{ items: Practitioner[] }> {
    const today = hospitalToday(ctx.now, staffRules(ctx.options));
    const rows = await ctx.sql.query<EmployeeRow>(`${EMPLOYEE_ROWS} WHERE e.id = ANY($2::uuid[])`, [today, [...ids]]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: `${row.given_name} ${row.family_name}`,
        position: row.position,
        departmentId: row.department_id,
        employed: row.status === 'employed' && row.first_day <= today && (row.last_day ?? today) >= today,
        licence: row.licence,
      })),
    };
  },
});
