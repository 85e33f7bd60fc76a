import { NotFoundError, type Sql } from '@hms/sdk';
import type { EmployeeSummary, EmployeeView, LicenceStatus, LicenceView } from '../contracts/queries';
import type { ContractTerm } from '../contracts/schemas';
import { EMPLOYEE_NOT_FOUND } from '../errors';

export interface EmployeeRow {
  id: string;
  staff_number: string;
  given_name: string;
  family_name: string;
  work_email: string;
  phone: string | null;
  department_id: string;
  position: string;
  account_id: string | null;
  status: 'employed' | 'left';
  first_day: string;
  last_day: string | null;
  terms: ContractTerm[];
  licence: LicenceStatus;
}

/**
 * Employees with their licence status on `$1` (a date): valid while any licence is valid that day (through its
 * expiry date), expired when every one has lapsed, none when none is recorded. Computed from the dates, so a
 * licence lapses at midnight even before the daily job marks it.
 */
export const EMPLOYEE_ROWS = `
  SELECT e.id, e.staff_number, e.given_name, e.family_name, e.work_email, e.phone, e.department_id, e.position,
         e.account_id, e.status, to_char(e.first_day, 'YYYY-MM-DD') AS first_day,
         to_char(e.last_day, 'YYYY-MM-DD') AS last_day, e.terms,
         CASE WHEN NOT EXISTS (SELECT 1 FROM staff.licences l WHERE l.employee_id = e.id) THEN 'none'
              WHEN EXISTS (SELECT 1 FROM staff.licences l WHERE l.employee_id = e.id
                             AND l.valid_from <= $1::date AND $1::date <= l.expires_on) THEN 'valid'
              ELSE 'expired' END AS licence
    FROM staff.employees e`;

export const summaryFromRow = (row: EmployeeRow): EmployeeSummary => ({
  id: row.id,
  staffNumber: row.staff_number,
  givenName: row.given_name,
  familyName: row.family_name,
  departmentId: row.department_id,
  position: row.position,
  status: row.status,
  licence: row.licence,
});

interface LicenceRow {
  id: string;
  body: string;
  number: string;
  skills: string[];
  valid_from: string;
  expires_on: string;
}

/** The whole record of one employee, found by id or by login account; 404 when there is none. */
export async function loadEmployeeView(
  sql: Sql,
  today: string,
  where: { employeeId: string } | { accountId: string },
): Promise<EmployeeView> {
  const [byId, key] = 'employeeId' in where ? ['e.id = $2', where.employeeId] : ['e.account_id = $2', where.accountId];
  const [row] = await sql.query<EmployeeRow>(`${EMPLOYEE_ROWS} WHERE ${byId}`, [today, key]);
  if (row === undefined) throw new NotFoundError(EMPLOYEE_NOT_FOUND, 'employeeId' in where ? where : {});
  const licences = await sql.query<LicenceRow>(
    `SELECT id, body, number, skills, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
            to_char(expires_on, 'YYYY-MM-DD') AS expires_on
       FROM staff.licences WHERE employee_id = $1 ORDER BY expires_on, id`,
    [row.id],
  );
  return {
    ...summaryFromRow(row),
    workEmail: row.work_email,
    phone: row.phone,
    accountId: row.account_id,
    lastDay: row.last_day,
    terms: row.terms,
    licences: licences.map((l) => licenceView(l, today)),
  };
}

const licenceView = (l: LicenceRow, today: string): LicenceView => ({
  id: l.id,
  body: l.body,
  number: l.number,
  skills: l.skills,
  validFrom: l.valid_from,
  expiresOn: l.expires_on,
  status: today <= l.expires_on ? 'valid' : 'expired',
});
