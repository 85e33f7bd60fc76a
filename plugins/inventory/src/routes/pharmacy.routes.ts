import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { DispensePrescription, ReturnDispensedMedication } from '../contracts/dispensing-commands';
import {
  dispensingViewSchema,
  GetDispensing,
  ListPharmacyWorklist,
  worklistSchema,
} from '../contracts/dispensing-queries';

/** The pharmacy (1.4): the worklist of prescriptions, dispensing from stock, and returns. */
export const pharmacyRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/pharmacy/worklist',
    summary: "The pharmacy's worklist of prescriptions",
    description:
      '`?status=to-dispense` (default): active prescriptions with something still to supply, oldest first; `?status=all`: every one, newest first.',
    query: ListPharmacyWorklist,
    queryString: ListPharmacyWorklist.schema,
    response: worklistSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/pharmacy/prescriptions/:prescriptionId',
    summary: "One prescription's dispensing: each dispense with its lots, and each return",
    query: GetDispensing,
    response: dispensingViewSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/pharmacy/prescriptions/:prescriptionId/dispenses',
    summary: 'Dispense a prescription from stock (in part or in full), earliest expiry first',
    description:
      '`{ itemId, locationId, quantity }`. More than the prescription leaves to supply (422 `DISPENSE_EXCEEDS_PRESCRIPTION`) or than the store holds unexpired (422 `INSUFFICIENT_STOCK`) is refused and nothing moves.',
    command: DispensePrescription,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/pharmacy/prescriptions/:prescriptionId/returns',
    summary: 'Take back unused dispensed medication into stock',
    description:
      '`{ dispenseId, quantity, reason }`. More than the dispense left with the patient is refused (422 `RETURN_EXCEEDS_DISPENSED`).',
    command: ReturnDispensedMedication,
    status: 201,
  }),
];
