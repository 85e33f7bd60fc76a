import { handleCommand, handleQuery } from '@hms/sdk';
import {
  DefineDepartment,
  ListDepartments,
  RenameDepartment,
  RetireDepartment,
  type DepartmentView,
} from '../contracts/department.contracts';
import { EMPLOYEE_MANAGE, EMPLOYEE_READ } from '../contracts/permissions';
import { departmentDecider } from '../domain/department/department.decider';
import { departmentStream } from '../domain/streams';
import { assertDepartmentNameFree } from './departments';

export const defineDepartmentHandler = handleCommand(DefineDepartment, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    const departmentId = data.departmentId ?? ctx.newId();
    await assertDepartmentNameFree(ctx, data.name, departmentId);
    await ctx.streams.decide(departmentStream(departmentId), departmentDecider, {
      type: 'staff.DefineDepartment',
      data: { ...data, departmentId },
      meta: ctx.meta,
    });
    return { id: departmentId };
  },
});

export const renameDepartmentHandler = handleCommand(RenameDepartment, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    await assertDepartmentNameFree(ctx, data.name, data.departmentId);
    await ctx.streams.decide(departmentStream(data.departmentId), departmentDecider, {
      type: 'staff.RenameDepartment',
      data,
      meta: ctx.meta,
    });
    return { id: data.departmentId };
  },
});

export const retireDepartmentHandler = handleCommand(RetireDepartment, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    const [count] = await ctx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM staff.employees WHERE department_id = $1 AND status = 'employed'`,
      [data.departmentId],
    );
    await ctx.streams.decide(departmentStream(data.departmentId), departmentDecider, {
      type: 'staff.RetireDepartment',
      data: { departmentId: data.departmentId, currentEmployees: count?.n ?? 0 },
      meta: ctx.meta,
    });
    return { id: data.departmentId };
  },
});

/** The list by name, then the ids employees carry that nobody has named yet (for HR to name). */
export const listDepartmentsHandler = handleQuery(ListDepartments, {
  permission: EMPLOYEE_READ,
  async handle(_params, ctx): Promise<{ items: DepartmentView[] }> {
    const rows = await ctx.sql.query<{ id: string; name: string | null; status: DepartmentView['status']; n: number }>(
      `WITH used AS (SELECT department_id AS id, count(*)::int AS n FROM staff.employees
                      WHERE status = 'employed' GROUP BY department_id)
       SELECT * FROM (
         SELECT d.id, d.name, d.status, coalesce(u.n, 0) AS n FROM staff.departments d LEFT JOIN used u ON u.id = d.id
         UNION ALL
         SELECT u.id, NULL, 'unnamed', u.n FROM used u
          WHERE NOT EXISTS (SELECT 1 FROM staff.departments d WHERE d.id = u.id)
       ) AS x ORDER BY x.status = 'unnamed', x.status = 'retired', lower(coalesce(x.name, '')), x.id`,
      [],
    );
    return { items: rows.map((r) => ({ id: r.id, name: r.name, status: r.status, employees: r.n })) };
  },
});
