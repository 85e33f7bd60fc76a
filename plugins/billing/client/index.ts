import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { billingOfflineCommands } from './offline';
import { CATALOGUE_READ, CHARGE_READ, CLAIM_MANAGE, REPORTS_RUN } from './permissions';

/** The billing plugin in the web client: the invoice list, a patient's account at the cash desk, the price lists. */
export default defineClientPlugin({
  plugin: 'billing',
  messages,
  // Charges may be recorded offline (never payments); how a waiting or refused one is told to the user.
  offlineCommands: billingOfflineCommands,
  menu: [{ id: 'billing', label: 'menu.billing', href: '/billing', permission: CHARGE_READ, order: 60 }],
  screens: [
    { path: '/billing', load: () => import('./InvoicesScreen.svelte'), permission: CHARGE_READ },
    { path: '/billing/accounts/:patientId', load: () => import('./AccountScreen.svelte'), permission: CHARGE_READ },
    { path: '/billing/catalogue', load: () => import('./CatalogueScreen.svelte'), permission: CATALOGUE_READ },
    { path: '/billing/claims', load: () => import('./ClaimsScreen.svelte'), permission: CLAIM_MANAGE },
    { path: '/billing/finance', load: () => import('./FinanceScreen.svelte'), permission: REPORTS_RUN },
  ],
  patientActions: [
    {
      id: 'billing-account',
      label: 'menu.account',
      href: (patientId) => `/billing/accounts/${patientId}`,
      permission: CHARGE_READ,
    },
  ],
});
