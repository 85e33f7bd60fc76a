import { defineFhirResource, ValidationError, type FhirResource } from '@hms/sdk';
import { GetLabOrder, ListLabOrders, type LabOrderView } from './contracts';

// #region fhir-mapping
/** A lab order as FHIR R4 ServiceRequest: a pure function of the view, so it is tested without a server. */
export interface FhirServiceRequest extends FhirResource {
  readonly resourceType: 'ServiceRequest';
  readonly id: string;
  readonly status: 'active';
  readonly intent: 'order';
  readonly code: { readonly text: string };
  readonly subject: { readonly reference: string };
}
export const serviceRequestOf = (order: LabOrderView): FhirServiceRequest => ({
  resourceType: 'ServiceRequest',
  id: order.id,
  status: 'active',
  intent: 'order',
  code: { text: order.test },
  subject: { reference: `Patient/${order.patientId}` },
});

export const labOrderFhirResource = defineFhirResource({
  type: 'ServiceRequest',
  read: { query: GetLabOrder, params: (id) => ({ id }), resource: serviceRequestOf },
  search: {
    query: ListLabOrders,
    params: (criteria) => {
      if (criteria.patient === undefined) {
        throw new ValidationError([{ path: 'patient', message: 'Name one patient' }], 'FHIR_PATIENT_REQUIRED');
      }
      return { patientId: criteria.patient };
    },
    resources: (orders) => orders.map(serviceRequestOf),
    parameters: [
      // A `patient` reference parameter is all it takes to join Patient/$everything.
      { name: 'patient', type: 'reference', description: 'The patient', values: (r) => [r.subject.reference] },
    ],
  },
});
// #endregion fhir-mapping
