import { handleQuery } from '@hms/sdk';
import { EMPLOYEE_READ } from '../contracts/permissions';
import { ListEmployees, type EmployeeSummary } from '../contracts/queries';
import { EMPLOYEE_ROWS, summaryFromRow, type EmployeeRow } from './employee-rows';
import { hospitalToday, staffRules } from '../options';

export const listEmployeesHandler = handleQuery(ListEmployees, {
  permission: EMPLOYEE_READ,
  async handle(params, ctx): Promise<{ items: EmployeeSummary[] }> {
    const rows = await ctx.sql.query<EmployeeRow>(
      `${EMPLOYEE_ROWS}
        WHERE ($2::text IS NULL OR e.staff_number ILIKE $2 OR (e.given_name || ' ' || e.family_name) ILIKE $2)
          AND ($3::uuid IS NULL OR e.department_id = $3)
          AND ($4 OR e.status = 'employed')
        ORDER BY lower(e.family_name), lower(e.given_name), e.staff_number LIMIT $5`,
      [
        hospitalToday(ctx.now, staffRules(ctx.options)),
        params.q ? likePattern(params.q) : null,
        params.departmentId ?? null,
        params.includeLeavers === 'true',
        params.limit,
      ],
    );
    return { items: rows.map(summaryFromRow) };
  },
});

/** `%` and `_` typed by a user are letters, not wildcards. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
