import type { DefineServiceBody, SetPriceBody } from '$lib/api/types';
import { messages as msg } from '../messages';
import type { Built } from './account-actions';
import { parseAmount } from './money';

type Category = DefineServiceBody['category'];
type Currency = SetPriceBody['unitPrice']['currency'];

export function serviceBody(f: { code: string; name: string; category: Category }): Built<DefineServiceBody> {
  const serviceCode = f.code.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(serviceCode)) return { ok: false, error: msg.billing.needCode };
  const name = f.name.trim();
  if (!name) return { ok: false, error: msg.billing.needName };
  return { ok: true, body: { serviceCode, name, category: f.category } };
}

/** A price in the list's currency (the list's own, as the server answered it), from a date on. */
export function priceBody(
  currency: Currency,
  f: { serviceCode: string; amount: string; validFrom: string; validTo: string },
): Built<SetPriceBody> {
  if (!f.serviceCode) return { ok: false, error: msg.billing.needService };
  const amount = parseAmount(f.amount, currency);
  if (amount === null) return { ok: false, error: msg.billing.needAmount(currency) };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.validFrom)) return { ok: false, error: msg.billing.needDate };
  return {
    ok: true,
    body: {
      serviceCode: f.serviceCode,
      unitPrice: { amount, currency },
      validFrom: f.validFrom,
      ...(f.validTo ? { validTo: f.validTo } : {}),
    },
  };
}
