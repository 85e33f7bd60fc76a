import type { TestKernel } from '@hms/sdk/testing';
import { HireEmployee } from '../src/contracts/employee.commands';
import { DEPARTMENT } from './builders';

let hired = 0;

/** Hires a made-up employee (no real staff data): a full-time nurse from 2027-01-01 unless told otherwise. */
export async function hire(
  kernel: TestKernel,
  overrides: Partial<Parameters<typeof HireEmployee.schema.parse>[0]> = {},
): Promise<string> {
  const n = ++hired;
  const { id } = await kernel.execute(HireEmployee, {
    givenName: 'Test',
    familyName: `Person ${n}`,
    workEmail: `person${n}@hospital.test`,
    departmentId: DEPARTMENT,
    position: 'Staff nurse',
    staffNumber: `T${String(n).padStart(5, '0')}`,
    firstTerm: {
      from: '2027-01-01',
      to: null,
      type: 'permanent',
      fte: 1,
      fullTimeWeeklyHours: 37.5,
      payGrade: 'N5',
      annualSalary: { amount: 3_900_000, currency: 'EUR' },
    },
    ...overrides,
  });
  return id;
}

export const rejection = async (
  promise: Promise<unknown>,
): Promise<{ status?: number; code?: string; details?: Record<string, unknown> }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; details?: Record<string, unknown> }) => error,
  );
