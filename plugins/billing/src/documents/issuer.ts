import type { BillingPluginOptions } from '../options';

/** Until the operator names the hospital (`billingPlugin.configure({ hospitalName })`), its documents say this. */
export const DEFAULT_HOSPITAL_NAME = 'Hospital';

/** The hospital's line at the head of an invoice or receipt: its name, and its address when configured. */
export function issuerLine(options: Partial<BillingPluginOptions>): string {
  const name = options.hospitalName?.trim() || DEFAULT_HOSPITAL_NAME;
  const address = options.hospitalAddress?.trim();
  return address ? `${name}, ${address}` : name;
}
