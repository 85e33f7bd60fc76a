import { trainingCompliance, type CourseRequirement } from './training-compliance';

const courses: CourseRequirement[] = [
  { courseCode: 'BLS', validForMonths: 12, mandatoryFor: ['Staff nurse', 'Healthcare assistant'] },
  { courseCode: 'FIRE', validForMonths: 24, mandatoryFor: ['Staff nurse'] },
  { courseCode: 'INDUCTION', validForMonths: null, mandatoryFor: ['Staff nurse'] },
  { courseCode: 'ALS', validForMonths: 48, mandatoryFor: ['Resuscitation officer'] },
];

describe(trainingCompliance.name, () => {
  it("lists a position's mandatory courses as compliant, due soon, expired or missing", () =>
    expect(
      trainingCompliance(
        courses,
        [
          { courseCode: 'BLS', completedOn: '2026-03-20' }, // counts through 2027-03-19: due within 30 days of 1 March
          { courseCode: 'BLS', completedOn: '2025-03-01' },
          { courseCode: 'FIRE', completedOn: '2025-02-15' }, // counted through 2027-02-14: expired
        ],
        'Staff nurse',
        '2027-03-01',
      ),
    ).toEqual([
      { courseCode: 'BLS', status: 'due-soon', validUntil: '2027-03-19' },
      { courseCode: 'FIRE', status: 'expired', validUntil: '2027-02-14' },
      { courseCode: 'INDUCTION', status: 'missing', validUntil: null },
    ]));
});
