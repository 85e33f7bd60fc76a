import { deciderSpec } from '@hms/sdk/testing';
import { meta, recorded } from '../../../test/builders';
import type { PayPolicy } from '../../contracts/payroll.schemas';
import { payGroupDecider } from './pay-group.decider';

const policy: PayPolicy = { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] };
const define = (p: PayPolicy) => ({
  type: 'staff.DefinePayGroup' as const,
  data: { payGroup: 'monthly', policy: p },
  meta: meta(),
});
const defined = (p: PayPolicy) => ({
  type: 'staff.PayGroupDefined' as const,
  data: { ...recorded(), payGroup: 'monthly', policy: p },
});

describe('payGroupDecider', () => {
  it('defines a pay group', () =>
    deciderSpec(payGroupDecider)
      .given([])
      .when(define(policy))
      .then([defined(policy)]));
  it('records a changed policy', () =>
    deciderSpec(payGroupDecider)
      .given([defined(policy)])
      .when(define({ ...policy, overtimeMultiplier: 2 }))
      .then([defined({ ...policy, overtimeMultiplier: 2 })]));
  it('records nothing when the same policy is saved again', () =>
    deciderSpec(payGroupDecider)
      .given([defined(policy)])
      .when(define(policy))
      .then([]));
});
