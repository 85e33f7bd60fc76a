import { defineCommand, defineEvent, defineQuery, z } from '@hms/sdk';
import { recorded } from './employee.events';
import { payPeriodSchema, payPolicySchema, payslipSchema } from './payroll.schemas';

export const payGroupSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits or "-"');

/**
 * A pay group's policy: its currency, overtime multiplier, and earnings and deductions as data. Everyone whose
 * contract is paid in the group's currency is in the group, so a hospital defines one group per currency.
 */
export const DefinePayGroup = defineCommand(
  'staff.DefinePayGroup',
  z.strictObject({ payGroup: payGroupSchema, policy: payPolicySchema }),
  "Define or change a pay group's currency, overtime multiplier, earnings and deductions",
).returns<{ payGroup: string; version: number }>();

export const PayGroupDefined = defineEvent(
  'staff.PayGroupDefined',
  z.object({ ...recorded, payGroup: z.string(), policy: payPolicySchema }),
  { description: "A pay group's policy was defined (the next calculated run uses it)" },
);

/** The latest background run of a period: members done of the group's members, and how it ended. */
export const payRunProgressSchema = z.object({
  run: z.number().int().positive(),
  status: z.enum(['running', 'completed', 'failed', 'superseded']),
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int().min(0).max(100),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** Why a failed run stopped: an error code (details name ids only). */
  error: z.string().nullable(),
});
export type PayRunProgress = z.infer<typeof payRunProgressSchema>;

export const payRunSummarySchema = z.object({
  payGroup: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  /** The calculation the figures are of (0 while the first run is still running or failed). */
  run: z.number().int(),
  /** `running`/`failed` only while no run of the period has completed; the progress tells about the latest run. */
  status: z.enum(['running', 'failed', 'calculated', 'locked']),
  currency: z.string(),
  payslips: z.number().int(),
  totalGross: z.number().int(),
  totalNet: z.number().int(),
  calculatedAt: z.iso.datetime().nullable(),
  lockedAt: z.iso.datetime().nullable(),
  progress: payRunProgressSchema.nullable(),
});
export type PayRunSummary = z.infer<typeof payRunSummarySchema>;
export const payRunListSchema = z.object({ items: z.array(payRunSummarySchema) });

export const ListPayRuns = defineQuery(
  'staff.ListPayRuns',
  z.object({ payGroup: payGroupSchema.optional() }),
  'Pay runs, newest period first',
).returns<z.infer<typeof payRunListSchema>>();

export const payRunViewSchema = payRunSummarySchema.extend({
  payslips: z.array(payslipSchema.extend({ employeeName: z.string(), staffNumber: z.string() })),
});
export type PayRunView = z.infer<typeof payRunViewSchema>;

export const GetPayRun = defineQuery(
  'staff.GetPayRun',
  z.object({ payGroup: payGroupSchema, from: z.iso.date(), to: z.iso.date() }),
  "A pay run's payslips, by name",
).returns<PayRunView>();

export const GetPayslip = defineQuery(
  'staff.GetPayslip',
  z.object({
    payGroup: payGroupSchema,
    from: z.iso.date(),
    to: z.iso.date(),
    employeeId: z.uuid(),
    format: z.enum(['json', 'pdf']).optional(),
  }),
  "One employee's payslip of a pay run, as data or as a PDF",
).returns<{ payslip: z.infer<typeof payslipSchema>; pdf?: Buffer }>();

/** One of a person's own payslips, as self-service lists them: only from locked (final) runs. */
export const ownPayslipSchema = z.object({
  payGroup: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  run: z.number().int(),
  currency: z.string(),
  gross: z.number().int(),
  deductions: z.number().int(),
  net: z.number().int(),
  lockedAt: z.iso.datetime(),
});
export type OwnPayslip = z.infer<typeof ownPayslipSchema>;
export const ownPayslipListSchema = z.object({ items: z.array(ownPayslipSchema) });

/** Self-service: every member of staff lists their own payslips (never anyone else's), newest first. */
export const ListOwnPayslips = defineQuery(
  'staff.ListOwnPayslips',
  z.object({ employeeId: z.uuid() }),
  "One's own payslips of locked pay runs, newest period first",
).returns<z.infer<typeof ownPayslipListSchema>>();

export const GetOwnPayslip = defineQuery(
  'staff.GetOwnPayslip',
  z.object({
    employeeId: z.uuid(),
    payGroup: payGroupSchema,
    from: z.iso.date(),
    to: z.iso.date(),
    format: z.enum(['json', 'pdf']).optional(),
  }),
  "One's own payslip of a locked pay run, as data or as a PDF",
).returns<{ payslip: z.infer<typeof payslipSchema>; pdf?: Buffer }>();

export const payRunPeriodSchema = payPeriodSchema;
