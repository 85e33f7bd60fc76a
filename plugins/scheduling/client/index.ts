import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { schedulingOfflineCommands } from './offline';
import { APPOINTMENT_BOOK, APPOINTMENT_READ } from './permissions';

/** The scheduling plugin in the web client: practitioners' calendars, booking and the day's appointments. */
export default defineClientPlugin({
  plugin: 'scheduling',
  messages,
  // The commands its screens queue while offline, and how a waiting or refused one is told to the user.
  offlineCommands: schedulingOfflineCommands,
  menu: [
    { id: 'appointments', label: 'menu.appointments', href: '/appointments', permission: APPOINTMENT_READ, order: 20 },
  ],
  screens: [{ path: '/appointments', load: () => import('./AppointmentsScreen.svelte'), permission: APPOINTMENT_READ }],
  // From the patient's page straight to the calendar with the patient chosen (an id in the URL, nothing more).
  patientActions: [
    {
      id: 'book',
      label: 'menu.book',
      href: (patientId) => `/appointments?patient=${encodeURIComponent(patientId)}`,
      permission: APPOINTMENT_BOOK,
    },
  ],
  // Each calendar's day the home widget shows is kept on the computer, readable offline.
  replicas: [{ name: 'scheduling.DayList' }],
  // The front desk's arrivals, a practitioner's own patients of the day (the widget chooses which).
  homeWidgets: [
    {
      id: 'today',
      title: 'home.today',
      permission: APPOINTMENT_READ,
      order: 15,
      load: () => import('./TodayWidget.svelte'),
    },
  ],
});
