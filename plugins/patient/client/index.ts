import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { patientOfflineCommands } from './offline';
import { RECORD_READ, RECORD_REGISTER } from './permissions';

/** The patient plugin in the web client: finding, registering and reading patients. */
export default defineClientPlugin({
  plugin: 'patient',
  messages,
  // The commands its screens queue while offline, and how a waiting or refused one is told to the user.
  offlineCommands: patientOfflineCommands,
  menu: [{ id: 'patients', label: 'menu.patients', href: '/patients', permission: RECORD_READ, order: 10 }],
  screens: [
    { path: '/patients', load: () => import('./PatientsScreen.svelte'), permission: RECORD_READ },
    { path: '/patients/new', load: () => import('./NewPatientScreen.svelte'), permission: RECORD_REGISTER },
    { path: '/patients/:id', load: () => import('./PatientScreen.svelte'), permission: RECORD_READ },
  ],
  // The banner's first part on every screen about one patient: who it is.
  patientBanner: [
    { id: 'identity', permission: RECORD_READ, order: 10, load: () => import('./BannerIdentity.svelte') },
  ],
  // The front desk's first block: find the patient in front of them, or register a new one.
  // Each patient a kept copy shows (a ward's board) is kept too, so the banner shows who they are offline.
  replicas: [{ name: 'patient.Patient', perPatient: 'patientId' }],
  homeWidgets: [
    {
      id: 'find',
      title: 'home.title',
      permission: RECORD_REGISTER,
      order: 5,
      load: () => import('./FindPatientWidget.svelte'),
    },
  ],
});
