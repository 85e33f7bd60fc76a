/**
 * Where the modules keep the set-up an administrator looks for (wards and beds, price lists, shift types). The
 * shell knows no plugin by name, so these are addresses only: the start page shows one when an enabled plugin has
 * a screen there that the account may open (`screenAt`), and nothing when it has not.
 */
export const MODULE_SETTINGS: readonly { readonly id: string; readonly href: string }[] = [
  { id: 'wards', href: '/wards/setup' },
  { id: 'priceLists', href: '/billing/catalogue' },
  { id: 'rosters', href: '/staff/shift-types' },
];

/** The module set-up links an account may follow. */
export function moduleSettingsFor(
  screenAt: (href: string) => { readonly allowed: boolean } | undefined,
): { id: string; href: string }[] {
  return MODULE_SETTINGS.filter((link) => screenAt(link.href)?.allowed === true);
}
