/**
 * The store a user works from (a ward nurse looks at her ward's store), remembered on this computer so the
 * inventory page opens on it. An id only: nothing about patients. A storage that fails (private mode) just forgets.
 */
const KEY = 'hms.inventory.location';
/** Where it was kept while these screens were called "stores": still read, so nobody has to choose again. */
const FORMER_KEY = 'hms.stores.location';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function chosenLocation(storage: Storage | undefined = globalThis.localStorage): string {
  try {
    return storage?.getItem(KEY) ?? storage?.getItem(FORMER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function chooseLocation(locationId: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (locationId) storage?.setItem(KEY, locationId);
    else storage?.removeItem(KEY);
    storage?.removeItem(FORMER_KEY);
  } catch {
    // Not remembered: the page still shows the chosen store until it is left.
  }
}

/**
 * Which location a form's list shows chosen: the one already chosen while it is still offered, else the user's own
 * store, else the only one there is; otherwise none, so nobody moves stock at a store they did not pick.
 */
export function pickLocation(current: string, offered: readonly { readonly id: string }[], preferred: string): string {
  const has = (id: string) => id !== '' && offered.some((o) => o.id === id);
  if (has(current)) return current;
  if (has(preferred)) return preferred;
  return offered.length === 1 ? offered[0]!.id : '';
}
