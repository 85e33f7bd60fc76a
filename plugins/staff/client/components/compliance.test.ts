import { describe, expect, it } from 'vitest';
import { complianceSummary, courseCodes } from './compliance';

describe('training compliance on the screen', () => {
  const people = [
    {
      courses: [
        { courseCode: 'FIRE', status: 'missing' },
        { courseCode: 'BLS', status: 'compliant' },
      ],
    },
    { courses: [{ courseCode: 'BLS', status: 'due-soon' }] },
    { courses: [{ courseCode: 'BLS', status: 'expired' }] },
  ];

  it('lists every course anyone needs once, in order', () => {
    expect(courseCodes(people)).toEqual(['BLS', 'FIRE']);
  });

  it('counts due soon as in date, and expired or missing as overdue', () => {
    expect(complianceSummary(people)).toEqual({ inDate: 2, dueSoon: 1, overdue: 2, required: 4 });
    expect(complianceSummary([])).toEqual({ inDate: 0, dueSoon: 0, overdue: 0, required: 0 });
  });
});
