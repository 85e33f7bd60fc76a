import { defineCommand, defineEvent, defineQuery, z } from '@hms/sdk';
import { recorded } from './employee.events';

const nameSchema = z.string().trim().min(1).max(120);

/**
 * A department (or ward) on the hospital's list. `departmentId` is given only to name an id employees already
 * carry (from before the list existed, or the ward id a roster uses); otherwise a new id is made.
 */
export const DefineDepartment = defineCommand(
  'staff.DefineDepartment',
  z.strictObject({ departmentId: z.uuid().optional(), name: nameSchema }),
  'Put a department on the list (or name a department id already in use)',
).returns<{ id: string }>();
export const RenameDepartment = defineCommand(
  'staff.RenameDepartment',
  z.strictObject({ departmentId: z.uuid(), name: nameSchema }),
  'Rename a department (its employees and rosters keep it)',
).returns<{ id: string }>();
export const RetireDepartment = defineCommand(
  'staff.RetireDepartment',
  z.strictObject({ departmentId: z.uuid() }),
  'Retire an empty department: nobody can be hired into it or moved to it any more',
).returns<{ id: string }>();

export const DepartmentDefined = defineEvent(
  'staff.DepartmentDefined',
  z.object({ ...recorded, departmentId: z.uuid(), name: z.string() }),
  { description: 'A department was put on the list' },
);
export const DepartmentRenamed = defineEvent(
  'staff.DepartmentRenamed',
  z.object({ ...recorded, departmentId: z.uuid(), name: z.string() }),
  { description: 'A department was renamed' },
);
export const DepartmentRetired = defineEvent(
  'staff.DepartmentRetired',
  z.object({ ...recorded, departmentId: z.uuid() }),
  { description: 'A department was retired (it had nobody left in it)' },
);
export const DEPARTMENT_EVENTS = [DepartmentDefined, DepartmentRenamed, DepartmentRetired] as const;

export const departmentSchema = z.object({
  id: z.uuid(),
  /** Null for an id employees carry that nobody has named yet (from before the list). */
  name: z.string().nullable(),
  status: z.enum(['active', 'retired', 'unnamed']),
  /** Current employees in it. */
  employees: z.number().int(),
});
export type DepartmentView = z.infer<typeof departmentSchema>;
export const departmentListSchema = z.object({ items: z.array(departmentSchema) });

export const ListDepartments = defineQuery(
  'staff.ListDepartments',
  z.object({}),
  "The hospital's departments and wards by name, retired ones and ids in use that nobody has named yet",
).returns<z.infer<typeof departmentListSchema>>();
