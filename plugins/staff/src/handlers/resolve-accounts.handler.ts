import { handleQuery } from '@hms/sdk';
import { DIRECTORY_READ } from '../contracts/permissions';
import { ResolveAccounts, type Practitioner } from '../contracts/queries';
import { EMPLOYEE_ROWS, type EmployeeRow } from './employee-rows';
import { hospitalToday, staffRules } from '../options';

/** Published: employees by their linked login accounts, one indexed read; unlinked accounts are left out. */
export const resolveAccountsHandler = handleQuery(ResolveAccounts, {
  permission: DIRECTORY_READ,
  published: true,
  async handle({ accountIds }, ctx): Promise<{ items: (Practitioner & { accountId: string })[] }> {
    const today = hospitalToday(ctx.now, staffRules(ctx.options));
    const rows = await ctx.sql.query<EmployeeRow>(`${EMPLOYEE_ROWS} WHERE e.account_id = ANY($2::text[])`, [
      today,
      [...accountIds],
    ]);
    return {
      items: rows.flatMap((row) =>
        row.account_id === null
          ? []
          : [
              {
                accountId: row.account_id,
                id: row.id,
                name: `${row.given_name} ${row.family_name}`,
                position: row.position,
                departmentId: row.department_id,
                employed: row.status === 'employed' && row.first_day <= today && (row.last_day ?? today) >= today,
                licence: row.licence,
              },
            ],
      ),
    };
  },
});
