import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { PATIENT_READ } from '@hms/plugin-patient/contracts';
import { requesterRelationship } from './care/requester.relationship';
import { LAB_EVENTS } from './contracts/events';
import {
  LAB_ANALYSER_IMPORT,
  LAB_CATALOGUE_READ,
  LAB_ORDER_PLACE,
  LAB_PERMISSIONS,
  LAB_RESULT_ENTER,
  LAB_RESULT_READ,
  LAB_RESULT_VALIDATE,
  LAB_SPECIMEN_HANDLE,
  LAB_WORKLIST_READ,
} from './contracts/permissions';
import { acknowledgeCriticalResultHandler } from './handlers/acknowledge-critical-result.handler';
import { cancelLabOrderHandler } from './handlers/cancel-lab-order.handler';
import { collectSpecimenHandler } from './handlers/collect-specimen.handler';
import { enterResultsHandler } from './handlers/enter-results.handler';
import { getCumulativeResultsHandler } from './handlers/get-cumulative-results.handler';
import { getLabCatalogueHandler } from './handlers/get-lab-catalogue.handler';
import { importAnalyserMessageHandler } from './handlers/import-analyser-message.handler';
import { getSpecimenLabelsHandler } from './handlers/get-specimen-labels.handler';
import { getLabOrderHandler, getLabWorkItemHandler } from './handlers/get-lab-order.handler';
import { listLabWorklistHandler, listPatientLabOrdersHandler } from './handlers/list-lab-orders.handler';
import { placeLabOrderHandler } from './handlers/place-lab-order.handler';
import { receiveSpecimenHandler } from './handlers/receive-specimen.handler';
import { validateResultsHandler } from './handlers/validate-results.handler';
import { createLabMigration } from './migrations/0001-lab.migration';
import { LAB_NOTIFICATION_KINDS } from './notifications/notification-kinds';
import { ordersProjection } from './projections/orders.projection';
import { resultsProjection } from './projections/results.projection';
import { analyserRoutes } from './routes/analyser.routes';
import { labRoutes } from './routes/lab.routes';
import { ACCESSION_SEQUENCE } from './sequences';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const LAB_PLUGIN_VERSION = '0.3.0';

export const labPlugin: PluginDefinition = definePlugin({
  name: 'lab',
  version: LAB_PLUGIN_VERSION,
  sdk: '^2.9.0', // care relationships as statements and notifications (2.4); label PDFs (2.9)
  description:
    'Laboratory: a LOINC-coded catalogue, orders from the chart, specimens with barcode labels, results typed or filed from analysers (HL7 v2) and validated by a second person, critical-result notifications, cumulative results',
  // The patient plugin is the master index: orders are filed under its records, with its sex and birth date.
  dependsOn: { patient: '^1.0.0' },
  permissions: [...LAB_PERMISSIONS],
  // Whoever orders also holds the patient plugin's read permission: placing an order asks the patient's sex and
  // birth date from it as the user (without it every order was refused; found by the authorization matrix).
  roles: [
    {
      name: 'lab-technician',
      description: 'Receives specimens, enters results and validates those a colleague entered',
      permissions: [LAB_CATALOGUE_READ, LAB_WORKLIST_READ, LAB_SPECIMEN_HANDLE, LAB_RESULT_ENTER, LAB_RESULT_VALIDATE],
    },
    {
      name: 'lab-supervisor',
      description: "Runs the laboratory's bench and validation; cancels orders that cannot be run",
      permissions: [
        LAB_CATALOGUE_READ,
        LAB_WORKLIST_READ,
        LAB_SPECIMEN_HANDLE,
        LAB_RESULT_ENTER,
        LAB_RESULT_VALIDATE,
        LAB_ORDER_PLACE,
        PATIENT_READ,
      ],
    },
    {
      // An account for the analysers' interface (middleware or the analyser itself), authenticated with a bearer
      // token like any API client: its results carry its name, it can be revoked, and it may do nothing else.
      name: 'lab-analyser-interface',
      description: "Files analysers' result messages; cannot read, validate or release anything",
      permissions: [LAB_ANALYSER_IMPORT],
    },
    {
      name: 'physician',
      description: 'Orders laboratory tests and reads the results of the patients in their care',
      permissions: [LAB_CATALOGUE_READ, LAB_ORDER_PLACE, LAB_RESULT_READ, PATIENT_READ],
    },
    {
      name: 'nurse',
      description: 'Orders tests, takes specimens on the ward and reads results of the patients in their care',
      permissions: [LAB_CATALOGUE_READ, LAB_ORDER_PLACE, LAB_RESULT_READ, LAB_SPECIMEN_HANDLE, PATIENT_READ],
    },
  ],
  events: [...LAB_EVENTS],
  commands: [
    placeLabOrderHandler,
    collectSpecimenHandler,
    receiveSpecimenHandler,
    enterResultsHandler,
    validateResultsHandler,
    cancelLabOrderHandler,
    acknowledgeCriticalResultHandler,
    importAnalyserMessageHandler,
  ],
  queries: [
    getLabCatalogueHandler,
    getLabOrderHandler,
    getLabWorkItemHandler,
    listLabWorklistHandler,
    listPatientLabOrdersHandler,
    getCumulativeResultsHandler,
    getSpecimenLabelsHandler,
  ],
  projections: [ordersProjection, resultsProjection],
  routes: [...labRoutes, ...analyserRoutes],
  paths: ['/lab'],
  migrations: [createLabMigration],
  sequences: [ACCESSION_SEQUENCE],
  careRelationships: [requesterRelationship],
  notificationKinds: [...LAB_NOTIFICATION_KINDS],
});
