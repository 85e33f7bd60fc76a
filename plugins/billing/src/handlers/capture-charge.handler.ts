import { handleCommand, InvariantViolation, type CommandContext } from '@hms/sdk';
import { CaptureCharge } from '../contracts/capture';
import { CHARGE_WRITE } from '../contracts/permissions';
import { NO_CHARGE_RULE } from '../errors';
import { chargeDecider } from '../domain/charge/charge.decider';
import { accountStream } from '../domain/streams';
import { resolveCharge } from './charge-pricing';
import { checkPatientOnFile } from './patient-on-file';

/**
 * Another module's event, charged: the charge key is mapped to a service by the billing office's rules (the exact
 * key, else the kind's `<kind>:*` default), and the source key makes a repeated capture record nothing.
 */
export const captureChargeHandler = handleCommand(CaptureCharge, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const serviceCode = await serviceFor(ctx, data.chargeKey);
    const { category, price } = await resolveCharge(ctx, data.patientId, serviceCode, data.serviceDate);
    const chargeId = ctx.newId();
    const { events } = await ctx.streams.decide(accountStream(data.patientId), chargeDecider, {
      type: 'billing.PostCharge',
      data: {
        patientId: data.patientId,
        chargeId,
        encounterId: data.encounterId,
        serviceCode,
        category,
        serviceDate: data.serviceDate,
        quantity: data.quantity,
        price,
        source: { kind: 'event', eventId: data.sourceKey },
      },
      meta: ctx.meta,
    });
    return { chargeId: events.length > 0 ? chargeId : null, serviceCode };
  },
});

/**
 * The service a key is charged as: the rule for the exact key; for `stock-item:<itemId>`, else the catalogue's
 * service linked to that inventory item (not retired); else the kind's `<kind>:*` rule.
 */
async function serviceFor(ctx: CommandContext, key: string): Promise<string> {
  const kind = key.slice(0, key.indexOf(':'));
  const fallback = `${kind}:*`;
  const rows = await ctx.sql.query<{ key: string; service_code: string }>(
    `SELECT key, service_code FROM billing.charge_rules WHERE key = $1 OR key = $2`,
    [key, fallback],
  );
  const exact = rows.find((r) => r.key === key)?.service_code;
  const linked = exact ?? (kind === 'stock-item' ? await serviceOfItem(ctx, key.slice(kind.length + 1)) : undefined);
  const rule = linked ?? rows.find((r) => r.key === fallback)?.service_code;
  if (!rule) throw new InvariantViolation(NO_CHARGE_RULE, { key });
  return rule;
}

async function serviceOfItem(ctx: CommandContext, itemId: string): Promise<string | undefined> {
  const rows = await ctx.sql.query<{ service_code: string }>(
    `SELECT service_code FROM billing.services
      WHERE stock_item_id::text = $1 AND NOT retired ORDER BY service_code LIMIT 1`,
    [itemId],
  );
  return rows[0]?.service_code;
}
