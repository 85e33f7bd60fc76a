import { defineQuery, handleQuery, NotFoundError, ValidationError, z, type Sql, type SqlParam } from '@hms/sdk';
import { DIRECTORY_READ } from '../contracts/permissions';

/**
 * A practitioner as the FHIR directory gives them: name, staff number, position and department, employment dates
 * and the registrations (body, skills, validity; not the registration number, which the directory permission does
 * not show). No contacts, contracts or pay.
 */
export interface FhirStaffMember {
  readonly id: string;
  readonly staffNumber: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly position: string;
  readonly departmentId: string;
  readonly departmentName: string | null;
  readonly status: 'employed' | 'left';
  readonly firstDay: string;
  readonly lastDay: string | null;
  readonly licences: readonly {
    readonly id: string;
    readonly body: string;
    readonly skills: readonly string[];
    readonly validFrom: string;
    readonly expiresOn: string;
  }[];
}

/** At most this many practitioners answer one search: the FHIR server pages what it gets. */
export const FHIR_SEARCH_LIMIT = 200;

export const GetFhirPractitioner = defineQuery(
  'staff.GetFhirPractitioner',
  z.strictObject({ employeeId: z.uuid() }),
  'One practitioner for the FHIR server: name, staff number, position, department and registrations',
).returns<FhirStaffMember>();

export const SearchFhirPractitioners = defineQuery(
  'staff.SearchFhirPractitioners',
  z.strictObject({
    /** Words of the name (given or family), each matching the start of one. */
    name: z.string().trim().min(1).max(100).optional(),
    staffNumber: z.string().trim().min(1).max(50).optional(),
    employeeIds: z.array(z.uuid()).min(1).max(100).optional(),
  }),
  'Practitioners a FHIR Practitioner or PractitionerRole search may match',
).returns<{ items: readonly FhirStaffMember[] }>();

const MEMBER_ROWS = `
  SELECT e.id, e.staff_number, e.given_name, e.family_name, e.position, e.department_id, d.name AS department_name,
         e.status, to_char(e.first_day, 'YYYY-MM-DD') AS first_day, to_char(e.last_day, 'YYYY-MM-DD') AS last_day,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', l.id, 'body', l.body, 'skills', l.skills,
                     'validFrom', to_char(l.valid_from, 'YYYY-MM-DD'), 'expiresOn', to_char(l.expires_on, 'YYYY-MM-DD'))
                     ORDER BY l.valid_from)
                     FROM staff.licences l WHERE l.employee_id = e.id), '[]'::jsonb) AS licences
    FROM staff.employees e LEFT JOIN staff.departments d ON d.id = e.department_id`;

interface MemberRow {
  id: string;
  staff_number: string;
  given_name: string;
  family_name: string;
  position: string;
  department_id: string;
  department_name: string | null;
  status: 'employed' | 'left';
  first_day: string;
  last_day: string | null;
  licences: FhirStaffMember['licences'];
}

const memberOf = (row: MemberRow): FhirStaffMember => ({
  id: row.id,
  staffNumber: row.staff_number,
  givenName: row.given_name,
  familyName: row.family_name,
  position: row.position,
  departmentId: row.department_id,
  departmentName: row.department_name,
  status: row.status,
  firstDay: row.first_day,
  lastDay: row.last_day,
  licences: row.licences,
});

async function membersWhere(sql: Sql, where: string, params: readonly SqlParam[]): Promise<FhirStaffMember[]> {
  const rows = await sql.query<MemberRow>(
    `${MEMBER_ROWS} WHERE ${where} ORDER BY e.family_name, e.given_name, e.id LIMIT ${FHIR_SEARCH_LIMIT}`,
    params,
  );
  return rows.map(memberOf);
}

export const getFhirPractitionerHandler = handleQuery(GetFhirPractitioner, {
  permission: DIRECTORY_READ,
  async handle({ employeeId }, ctx): Promise<FhirStaffMember> {
    const [member] = await membersWhere(ctx.sql, 'e.id = $1', [employeeId]);
    if (!member) throw new NotFoundError('EMPLOYEE_NOT_FOUND', { employeeId });
    return member;
  },
});

/**
 * Narrows by employee ids, the staff number or name words (each the start of the given or family name, ignoring
 * case); the FHIR server filters by every parameter afterwards. A search naming none of them is refused rather
 * than listing the whole workforce.
 */
export const searchFhirPractitionersHandler = handleQuery(SearchFhirPractitioners, {
  permission: DIRECTORY_READ,
  async handle({ name, staffNumber, employeeIds }, ctx): Promise<{ items: readonly FhirStaffMember[] }> {
    if (employeeIds !== undefined)
      return { items: await membersWhere(ctx.sql, 'e.id = ANY($1::uuid[])', [employeeIds]) };
    if (staffNumber !== undefined) return { items: await membersWhere(ctx.sql, 'e.staff_number = $1', [staffNumber]) };
    const words = (name ?? '').split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) {
      throw new ValidationError(
        [{ path: 'name', message: 'Name a practitioner: name, family, given or identifier' }],
        'FHIR_SEARCH_TOO_BROAD',
      );
    }
    const conditions = words.map(
      (_w, i) => `(lower(e.given_name) LIKE $${i + 1} OR lower(e.family_name) LIKE $${i + 1})`,
    );
    const patterns = words.map((w) => `${w.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return { items: await membersWhere(ctx.sql, conditions.join(' AND '), patterns) };
  },
});
