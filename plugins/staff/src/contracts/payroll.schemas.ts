import { z } from '@hms/sdk';
import { currencySchema } from './schemas';

const ruleCode = z.string().regex(/^[A-Z0-9_]{1,30}$/, 'upper-case letters, digits or "_"');
const label = z.string().trim().min(1).max(80);
const kind = z.enum(['earning', 'deduction']);

/**
 * An earning or deduction, configured as data: a fixed amount per pay run, a percentage (in basis points, 1 % =
 * 100) of basic or gross pay, or an amount per hour of worked, overtime, night or weekend hours. A percentage of
 * gross is a deduction only (an earning on gross would change the gross it is computed from).
 */
export const payRuleSchema = z
  .discriminatedUnion('basis', [
    z.object({ code: ruleCode, label, kind, basis: z.literal('fixed'), amount: z.number().int().min(0) }),
    z.object({
      code: ruleCode,
      label,
      kind,
      basis: z.literal('percent'),
      of: z.enum(['basic', 'gross']),
      basisPoints: z.number().int().min(0).max(10_000),
    }),
    z.object({
      code: ruleCode,
      label,
      kind,
      basis: z.literal('per-hour'),
      hoursOf: z.enum(['worked', 'overtime', 'night', 'weekend', 'bank-holiday']),
      amount: z.number().int().min(0),
    }),
  ])
  .refine((r) => !(r.basis === 'percent' && r.of === 'gross' && r.kind === 'earning'), {
    message: 'a percentage of gross pay can only be a deduction',
  });
export type PayRule = z.infer<typeof payRuleSchema>;

/** The pay policy of a pay group: its currency, overtime multiplier and rules. */
export const payPolicySchema = z.object({
  currency: currencySchema,
  /** Overtime is paid at the hourly rate times this (1.5: time and a half). */
  overtimeMultiplier: z.number().min(1).max(3),
  rules: z.array(payRuleSchema).max(50),
});
export type PayPolicy = z.infer<typeof payPolicySchema>;

export const payslipLineSchema = z.object({ code: z.string(), label: z.string(), kind, amount: z.number().int() });
export type PayslipLine = z.infer<typeof payslipLineSchema>;

/** One employee's pay for a period: every line in the currency's minor unit. */
export const payslipSchema = z.object({
  employeeId: z.uuid(),
  currency: currencySchema,
  lines: z.array(payslipLineSchema),
  gross: z.number().int(),
  deductions: z.number().int(),
  net: z.number().int(),
});
export type Payslip = z.infer<typeof payslipSchema>;

export const payPeriodSchema = z.object({ from: z.iso.date(), to: z.iso.date() });
export type PayPeriod = z.infer<typeof payPeriodSchema>;
