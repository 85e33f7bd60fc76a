import { handleQuery } from '@hms/sdk';
import { APPOINTMENT_READ } from '../contracts/permissions';
import { ListWaitlist, type WaitlistList } from '../contracts/queries';
import { listOpenEntries } from '../projections/waitlist.read';

export const listWaitlistHandler = handleQuery(ListWaitlist, {
  permission: APPOINTMENT_READ,
  auditPatient: (_params, result: WaitlistList | undefined) => result?.items.map((e) => e.patientId) ?? [],
  async handle(params, ctx): Promise<WaitlistList> {
    return { items: await listOpenEntries(ctx.sql, params) };
  },
});
