import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { CATALOGUE_READ, RESULT_READ, WORKLIST_READ } from './permissions';

/**
 * The laboratory in the web client: the bench's worklist and one order's work (collect, labels, receive, results,
 * validation, critical acknowledgement), the catalogue, and a patient's laboratory (order from the chart, their
 * orders and results over time). One order screen for the ward and the bench: it shows each what they may do.
 */
export default defineClientPlugin({
  plugin: 'lab',
  messages,
  menu: [
    { id: 'lab', label: 'menu.lab', href: '/lab', permission: WORKLIST_READ, order: 55 },
    { id: 'lab-catalogue', label: 'menu.labCatalogue', href: '/lab/catalogue', permission: CATALOGUE_READ, order: 56 },
  ],
  screens: [
    { path: '/lab', load: () => import('./WorklistScreen.svelte'), permission: WORKLIST_READ },
    { path: '/lab/catalogue', load: () => import('./CatalogueScreen.svelte'), permission: CATALOGUE_READ },
    // The critical-result notification links here; the screen reads the order as the account may (chart or bench).
    { path: '/lab/orders/:orderId', load: () => import('./OrderScreen.svelte'), permission: CATALOGUE_READ },
    { path: '/patients/:id/lab', load: () => import('./PatientLabScreen.svelte'), permission: RESULT_READ },
  ],
  patientActions: [
    { id: 'lab', label: 'menu.patientLab', href: (patientId) => `/patients/${patientId}/lab`, permission: RESULT_READ },
  ],
});
