import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { ehrOfflineCommands } from './offline';
import { CHART_READ, NOTE_READ, NOTE_SIGN } from './permissions';

/**
 * The ehr plugin in the web client. No navigation entry: a chart and a note are always one patient's, so they are
 * reached from the patient's page (an action and a panel there).
 */
export default defineClientPlugin({
  plugin: 'ehr',
  messages,
  // The commands its screens queue while offline, and how a waiting or refused one is told to the user.
  offlineCommands: ehrOfflineCommands,
  screens: [
    { path: '/patients/:id/chart', load: () => import('./ChartScreen.svelte'), permission: CHART_READ },
    { path: '/notes/:id', load: () => import('./NoteScreen.svelte'), permission: NOTE_READ },
    // The ward's medication administration record (1.7): read with the chart, doses recorded by nurses.
    {
      path: '/patients/:id/administrations',
      load: () => import('./AdministrationScreen.svelte'),
      permission: CHART_READ,
    },
  ],
  patientActions: [
    { id: 'chart', label: 'menu.chart', href: (patientId) => `/patients/${patientId}/chart`, permission: CHART_READ },
    {
      id: 'administrations',
      label: 'menu.administrations',
      href: (patientId) => `/patients/${patientId}/administrations`,
      permission: CHART_READ,
    },
  ],
  // The allergies in the banner above every screen about the patient, for whoever may read the chart.
  patientBanner: [
    { id: 'allergies', permission: CHART_READ, order: 20, load: () => import('./BannerAllergies.svelte') },
  ],
  // Kept on the device for each patient a kept copy shows (the patients on a ward's board): readable offline.
  // #region client-replicas
  replicas: [
    { name: 'ehr.Chart', perPatient: 'patientId' },
    { name: 'ehr.AdministrationRecord', perPatient: 'patientId' },
  ],
  // #endregion client-replicas
  // A doctor's start page: their patients and their notes still to sign, across patients (1.10).
  homeWidgets: [
    {
      id: 'my-patients',
      title: 'home.myPatients',
      permission: NOTE_SIGN,
      order: 14,
      load: () => import('./MyPatientsWidget.svelte'),
    },
    {
      id: 'notes-to-sign',
      title: 'home.notesToSign',
      permission: NOTE_SIGN,
      order: 15,
      load: () => import('./NotesToSignWidget.svelte'),
    },
  ],
  patientPanels: [
    { id: 'notes', permission: NOTE_READ, order: 10, load: () => import('./components/notes/PatientNotes.svelte') },
  ],
});
