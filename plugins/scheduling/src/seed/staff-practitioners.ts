import { executeRetrying, type SeedContext } from '@hms/sdk';
import { HireEmployee } from '@hms/plugin-staff/contracts';

/** The demo outpatients department the seeded practitioners belong to in staff. */
const SEED_DEPARTMENT = '5eed0000-0000-4000-8000-000000000001';

/**
 * With the staff plugin enabled a schedule names only a practitioner staff knows, so the demo practitioners are
 * hired first, under the ids their calendars get (the same path an existing installation takes). Made-up names
 * and numbers only; `hiredOn` is before the first seeded day so every seeded appointment falls in employment.
 */
export async function hireSeedPractitioners(
  ctx: SeedContext,
  practitionerIds: readonly string[],
  hiredOn: string,
  at: string,
): Promise<void> {
  if (!ctx.enabledPlugins.includes('staff')) return;
  for (const [index, employeeId] of practitionerIds.entries()) {
    const n = index + 1;
    await executeRetrying(
      ctx,
      HireEmployee,
      {
        employeeId,
        givenName: 'Demo',
        familyName: `Practitioner ${n}`,
        workEmail: `demo.practitioner${n}@hospital.test`,
        departmentId: SEED_DEPARTMENT,
        position: 'Consultant physician',
        staffNumber: `DEMO-P${String(n).padStart(3, '0')}`,
        firstTerm: {
          from: hiredOn,
          to: null,
          type: 'permanent',
          fte: 1,
          fullTimeWeeklyHours: 40,
          payGrade: 'C1',
          annualSalary: { amount: 9_000_000, currency: 'EUR' },
        },
      },
      { at },
    );
  }
}
