import { defineProjection } from '@hms/sdk';
import { DepartmentDefined, DepartmentRenamed, DepartmentRetired } from '../contracts/department.contracts';

/** The department list: names and whether each is active. Inline: a hire right after defining one finds it. */
export const departmentsProjection = defineProjection({
  name: 'staff.departments',
  mode: 'inline',
  handles: [DepartmentDefined, DepartmentRenamed, DepartmentRetired],
  tables: ['staff.departments'],
  async evolve(event, sql) {
    const id = event.data.departmentId;
    if (event.type === DepartmentDefined.type) {
      await sql.query(
        `INSERT INTO staff.departments (id, name, status, defined_at) VALUES ($1, $2, 'active', $3)
         ON CONFLICT (id) DO NOTHING`,
        [id, event.data.name, event.data.at],
      );
    } else if (event.type === DepartmentRenamed.type) {
      await sql.query(`UPDATE staff.departments SET name = $2 WHERE id = $1`, [id, event.data.name]);
    } else {
      await sql.query(`UPDATE staff.departments SET status = 'retired' WHERE id = $1`, [id]);
    }
  },
});
