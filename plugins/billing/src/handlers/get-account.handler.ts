import { handleQuery } from '@hms/sdk';
import { CHARGE_READ } from '../contracts/permissions';
import { GetAccount } from '../contracts/queries';
import { accountFold } from '../domain/account/account.fold';
import { accountStream } from '../domain/streams';
import { accountView, type PaymentRow } from './account-views';

/** Folded from the account's stream (from its snapshot), so it shows exactly what the next command decides on. */
export const getAccountHandler = handleQuery(GetAccount, {
  permission: CHARGE_READ,
  auditPatient: (params) => params.patientId,
  async handle(params, ctx) {
    const { state, version } = await ctx.streams.load(accountStream(params.patientId), accountFold);
    const payments = await ctx.sql.query<PaymentRow>(
      `SELECT id, kind, method, amount::text, currency, provider_reference, reason, at
         FROM billing.payments WHERE patient_id = $1 ORDER BY position`,
      [params.patientId],
    );
    return accountView(params.patientId, state, version, payments);
  },
});
