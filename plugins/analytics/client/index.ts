import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { DASHBOARD_READ } from './permissions';

/** The analytics plugin in the web client: the hospital's headline figures. */
export default defineClientPlugin({
  plugin: 'analytics',
  messages,
  menu: [{ id: 'dashboard', label: 'menu.dashboard', href: '/dashboard', permission: DASHBOARD_READ, order: 40 }],
  screens: [{ path: '/dashboard', load: () => import('./DashboardScreen.svelte'), permission: DASHBOARD_READ }],
  homeWidgets: [
    {
      id: 'figures',
      title: 'menu.dashboard',
      permission: DASHBOARD_READ,
      order: 10,
      load: () => import('./FiguresWidget.svelte'),
    },
  ],
});
