import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { adtOfflineCommands } from './offline';
import { CENSUS_READ, WARD_MANAGE, WARD_READ } from './permissions';
import { occupantsOf, type WardBoardRow } from './components/board-replica';

/** The adt plugin in the web client: wards, bed boards, admissions, transfers and discharges. */
// #region client-part
export default defineClientPlugin({
  plugin: 'adt',
  messages,
  // The commands its screens queue while offline, and how a waiting or refused one is told to the user.
  offlineCommands: adtOfflineCommands,
  menu: [{ id: 'wards', label: 'menu.wards', href: '/wards', permission: WARD_READ, order: 30 }],
  screens: [
    { path: '/wards', load: () => import('./WardsScreen.svelte'), permission: WARD_READ },
    { path: '/wards/:id', load: () => import('./WardScreen.svelte'), permission: WARD_READ },
    // Defining wards and keeping their beds: bed managers and administrators (the admin overview links here).
    { path: '/wards/setup', load: () => import('./WardSetupScreen.svelte'), permission: WARD_MANAGE },
  ],
  // Where the patient is (ward and bed) in the banner above every screen about them.
  patientBanner: [
    { id: 'location', permission: CENSUS_READ, order: 30, load: () => import('./BannerLocation.svelte') },
  ],
  // The board of a ward opened on this computer is kept on it (and, through the EHR's part, its patients' charts).
  // #region client-replicas
  replicas: [
    { name: 'adt.WardBoard', patientsOf: (rows) => occupantsOf(rows as readonly WardBoardRow[]) },
    { name: 'adt.PatientLocation', perPatient: 'patientId' },
  ],
  // #endregion client-replicas
  // A nurse's worklist: the patients in the beds of the wards whose team they are on.
  homeWidgets: [
    {
      id: 'my-ward',
      title: 'home.title',
      permission: CENSUS_READ,
      order: 10,
      load: () => import('./MyWardWidget.svelte'),
    },
  ],
});
// #endregion client-part
