import { deciderSpec } from '@hms/sdk/testing';
import { meta, recorded } from '../../../test/builders';
import { mandatoryTrainingDecider } from './mandatory-training.decider';

const define = (mandatoryFor: string[], validForMonths: number | null = 12) => ({
  type: 'staff.DefineMandatoryTraining' as const,
  data: { courseCode: 'BLS', validForMonths, mandatoryFor },
  meta: meta(),
});
const defined = (mandatoryFor: string[], validForMonths: number | null = 12) => ({
  type: 'staff.MandatoryTrainingDefined' as const,
  data: { ...recorded(), courseCode: 'BLS', validForMonths, mandatoryFor },
});

describe('mandatoryTrainingDecider', () => {
  it('makes a course mandatory, positions sorted and once each', () =>
    deciderSpec(mandatoryTrainingDecider)
      .given([])
      .when(define(['Staff nurse', 'Healthcare assistant', 'Staff nurse']))
      .then([defined(['Healthcare assistant', 'Staff nurse'])]));
  it('records a changed rule', () =>
    deciderSpec(mandatoryTrainingDecider)
      .given([defined(['Staff nurse'])])
      .when(define(['Staff nurse'], 24))
      .then([defined(['Staff nurse'], 24)]));
  it('records nothing when the same rule is saved again', () =>
    deciderSpec(mandatoryTrainingDecider)
      .given([defined(['Staff nurse'])])
      .when(define(['Staff nurse']))
      .then([]));
});
