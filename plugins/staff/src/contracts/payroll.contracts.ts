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

export const PAYROLL_EVENTS = [PayRunCalculated, PayRunLocked] as const;
