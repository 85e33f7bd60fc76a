import { deciderSpec } from '@hms/sdk/testing';
import { meta, recorded } from '../../../test/builders';
import { serviceDecider, type ServiceCommand, type ServiceEvent } from './service.decider';

const define: ServiceCommand = {
  type: 'billing.DefineService',
  meta: meta(),
  data: { serviceCode: 'BED-ICU', name: 'Bed-day, intensive care', category: 'bed-day', wardClass: 'intensive-care' },
};
const defined: ServiceEvent = { type: 'billing.ServiceDefined', data: { ...recorded, ...define.data } };
const retire: ServiceCommand = {
  type: 'billing.RetireService',
  meta: meta(),
  data: { serviceCode: 'BED-ICU', reason: 'Ward closed' },
};

describe('service catalogue decider', () => {
  it('defines a bed-day service of a ward class, once', () => {
    deciderSpec(serviceDecider).given([]).when(define).then([defined]);
    deciderSpec(serviceDecider).given([defined]).when(define).thenRejects('SERVICE_EXISTS');
  });

  it('retires a service once; an unknown one is not found', () => {
    deciderSpec(serviceDecider)
      .given([defined])
      .when(retire)
      .then([{ type: 'billing.ServiceRetired', data: { ...recorded, serviceCode: 'BED-ICU', reason: 'Ward closed' } }]);
    deciderSpec(serviceDecider)
      .given([
        defined,
        { type: 'billing.ServiceRetired', data: { ...recorded, serviceCode: 'BED-ICU', reason: 'Ward closed' } },
      ])
      .when(retire)
      .thenRejects('SERVICE_RETIRED');
    deciderSpec(serviceDecider).given([]).when(retire).thenRejects('SERVICE_NOT_FOUND');
  });
});
