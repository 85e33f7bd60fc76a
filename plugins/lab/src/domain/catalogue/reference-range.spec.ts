import type { PatientSex } from '../../contracts/schemas';
import { labTest } from './catalogue';
import { ageAt, flagResult, referenceBand } from './reference-range';

/** The catalogue's ranges, applied: one row per test, patient and value, with the flag a clinician should see. */
const cases: readonly [test: string, sex: PatientSex, birthDate: string, value: number, flag: string | null][] = [
  // Haemoglobin (g/dL): a newborn's normal would be an adult man's polycythaemia.
  ['718-7', 'male', '2026-02-20', 18, 'N'], // 9 days old: 14–24
  ['718-7', 'male', '2026-02-20', 13, 'L'],
  ['718-7', 'female', '2025-09-01', 10, 'N'], // 6 months: 9.5–14
  ['718-7', 'female', '2020-01-15', 15, 'H'], // 6 years: 11–14.5
  ['718-7', 'female', '1960-05-01', 13, 'N'], // adult woman: 12–15.5
  ['718-7', 'male', '1960-05-01', 13, 'L'], // adult man: 13.5–17.5
  ['718-7', 'male', '1960-05-01', 6.5, 'LL'],
  ['718-7', 'female', '1960-05-01', 21, 'HH'],
  // Sex not recorded as female or male: flagged only outside both sexes' ranges (12–17.5).
  ['718-7', 'unknown', '1960-05-01', 13, 'N'],
  ['718-7', 'other', '1960-05-01', 17.8, 'H'],
  ['718-7', 'unknown', '1960-05-01', 11.5, 'L'],
  // Potassium (mmol/L): a wider neonatal range, the same critical low.
  ['2823-3', 'female', '2026-02-25', 5.8, 'N'], // 4 days old: 3.7–5.9
  ['2823-3', 'female', '1960-05-01', 5.8, 'H'], // adult: 3.5–5.1
  ['2823-3', 'male', '1960-05-01', 6.3, 'HH'],
  ['2823-3', 'male', '2026-02-25', 6.3, 'H'], // a newborn's critical high is 7
  ['2823-3', 'male', '1960-05-01', 2.7, 'LL'],
  // Sodium: one range for everyone.
  ['2951-2', 'female', '2010-07-01', 133, 'L'],
  ['2951-2', 'male', '1940-01-01', 118, 'LL'],
  ['2951-2', 'male', '1940-01-01', 161, 'HH'],
  // Glucose (mmol/L)
  ['2339-0', 'female', '1960-05-01', 2.4, 'LL'],
  ['2339-0', 'female', '1960-05-01', 9, 'H'],
  // Creatinine (umol/L): by sex in adults, no critical limit at all.
  ['2160-0', 'female', '1960-05-01', 100, 'H'],
  ['2160-0', 'male', '1960-05-01', 100, 'N'],
  ['2160-0', 'male', '1960-05-01', 900, 'H'],
  ['2160-0', 'male', '2019-03-01', 30, 'N'], // 7 years: 20–60
  ['2160-0', 'male', '2019-03-01', 70, 'H'],
];

describe('reference ranges by age and sex', () => {
  it.each(cases)('%s for a %s born %s: %d is %s', (code, sex, birthDate, value, flag) => {
    const test = labTest(code);
    if (!test) throw new Error(`no test ${code}`);
    expect(flagResult(value, referenceBand(test, sex, ageAt(birthDate, '2026-03-01T09:00:00.000Z')))).toBe(flag);
  });

  it('moves to the next band on the day the patient reaches its age (birthday, 31st day of life)', () => {
    expect(ageAt('2014-03-01', '2026-03-01T00:30:00.000Z')).toEqual({ days: 4383, years: 12 });
    expect(ageAt('2014-03-02', '2026-03-01T23:30:00.000Z').years).toBe(11);
    expect(ageAt('2026-01-30', '2026-03-02T08:00:00.000Z').days).toBe(31);
    const hb = labTest('718-7');
    if (!hb) throw new Error('no haemoglobin');
    // 11 years: the child band (11–14.5); 12 years: the adult woman's (12–15.5).
    expect(referenceBand(hb, 'female', ageAt('2014-03-02', '2026-03-01T09:00:00.000Z'))).toMatchObject({ low: 11 });
    expect(referenceBand(hb, 'female', ageAt('2014-03-01', '2026-03-01T09:00:00.000Z'))).toMatchObject({ low: 12 });
  });

  it('answers no flag when no band covers the patient (born after the specimen: a data error)', () => {
    const na = labTest('2951-2');
    if (!na) throw new Error('no sodium');
    expect(flagResult(140, referenceBand(na, 'female', ageAt('2026-03-05', '2026-03-01T09:00:00.000Z')))).toBeNull();
  });
});
