import { defineProjection } from '@hms/sdk';
import { LicenceExpired, LicenceRecorded, LicenceRenewed } from '../contracts/employee.events';

/** Licences by employee and expiry date: the record's list, the directory's status and the expiry alerts. */
export const licencesProjection = defineProjection({
  name: 'staff.licences',
  mode: 'inline',
  handles: [LicenceRecorded, LicenceRenewed, LicenceExpired],
  tables: ['staff.licences'],
  async evolve(event, sql) {
    if (event.type === LicenceRecorded.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.licences (id, employee_id, body, number, skills, valid_from, expires_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [d.licenceId, d.employeeId, d.body, d.number, JSON.stringify(d.skills), d.validFrom, d.expiresOn],
      );
    } else if (event.type === LicenceRenewed.type) {
      await sql.query(`UPDATE staff.licences SET expires_on = $2, expired = false WHERE id = $1`, [
        event.data.licenceId,
        event.data.expiresOn,
      ]);
    } else {
      await sql.query(`UPDATE staff.licences SET expired = true WHERE id = $1`, [event.data.licenceId]);
    }
  },
});
