import { defineCommand, defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';
import { payPeriodSchema, payslipSchema } from './payroll.schemas';

const payGroup = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const CalculatePayRun = defineCommand(
  'staff.CalculatePayRun',
  z.strictObject({ payGroup, period: payPeriodSchema }),
  'Calculate (or recalculate) the payslips of a pay group for a period, until the period is locked',
).returns<{ payGroup: string; run: number; payslips: number; totalNet: number; currency: string }>();
export const LockPayRun = defineCommand(
  'staff.LockPayRun',
  z.strictObject({ payGroup, period: payPeriodSchema }),
  'Lock a calculated pay run: it goes to the bank and can no longer be run again',
).returns<{ payGroup: string; run: number; status: 'locked' }>();

export const StartPayRun = defineCommand(
  'staff.StartPayRun',
  z.strictObject({ payGroup, period: payPeriodSchema }),
  'Start calculating a pay run in the background (a new run replaces an unfinished one); refused once the period is locked',
).returns<{ payGroup: string; period: { from: string; to: string }; run: number; status: 'running' }>();
export const CalculatePayslipBatch = defineCommand(
  'staff.CalculatePayslipBatch',
  z.strictObject({
    payGroup,
    period: payPeriodSchema,
    run: z.number().int().positive(),
    after: z.uuid().nullable(),
  }),
  "A background pay run's next batch of payslips, for the members after the given employee id",
).returns<
  { status: 'recorded'; done: number; total: number; lastId: string | null; more: boolean } | { status: 'superseded' }
>();
export const CompletePayRun = defineCommand(
  'staff.CompletePayRun',
  z.strictObject({ payGroup, period: payPeriodSchema, run: z.number().int().positive() }),
  "Finish a background pay run: its batches' payslips become the period's calculated run",
).returns<{ status: 'calculated' | 'superseded'; run: number; payslips: number }>();
export const FailPayRun = defineCommand(
  'staff.FailPayRun',
  z.strictObject({
    payGroup,
    period: payPeriodSchema,
    run: z.number().int().positive(),
    code: z.string().max(80),
    details: z.record(z.string(), z.unknown()),
  }),
  'Record why a background pay run stopped (a member the rules refuse); the previous calculation stays',
).returns<{ status: 'failed' | 'superseded' }>();

export const PayRunStarted = defineEvent(
  'staff.PayRunStarted',
  z.object({
    ...recorded,
    payGroup: z.string(),
    period: payPeriodSchema,
    run: z.number().int().positive(),
    currency: z.string(),
  }),
  { description: 'A background calculation of a pay run started (it replaces any unfinished one)' },
);
export const PayslipsCalculated = defineEvent(
  'staff.PayslipsCalculated',
  z.object({
    ...recorded,
    payGroup: z.string(),
    period: payPeriodSchema,
    run: z.number().int().positive(),
    /** Members of the pay group when the batch was calculated, and how many of them (by id order) are done. */
    total: z.number().int().min(0),
    done: z.number().int().min(0),
    payslips: z.array(payslipSchema),
  }),
  { description: "A batch of a background pay run's payslips" },
);
export const PayRunFailed = defineEvent(
  'staff.PayRunFailed',
  z.object({
    ...recorded,
    payGroup: z.string(),
    period: payPeriodSchema,
    run: z.number().int().positive(),
    code: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
  { description: 'A background pay run stopped on a rule (ids and codes only); the previous calculation stays' },
);

export const PayRunCalculated = defineEvent(
  'staff.PayRunCalculated',
  z.object({
    ...recorded,
    payGroup: z.string(),
    period: payPeriodSchema,
    run: z.number().int().positive(),
    currency: z.string(),
    payslips: z.array(payslipSchema),
  }),
  { description: "A pay run's payslips were calculated (a recalculation replaces the previous run)" },
);
export const PayRunLocked = defineEvent(
  'staff.PayRunLocked',
  z.object({
    ...recorded,
    payGroup: z.string(),
    period: payPeriodSchema,
    run: z.number().int().positive(),
    totalNet: z.number().int(),
    currency: z.string(),
  }),
  { description: 'A pay run was locked: its payslips are final' },
);

export const PAYROLL_EVENTS = [
  PayRunStarted,
  PayslipsCalculated,
  PayRunFailed,
  PayRunCalculated,
  PayRunLocked,
] as const;
