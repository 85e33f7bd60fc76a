import type { AccountView } from './admin-screens';

export type AccountStatus = 'all' | 'active' | 'disabled';

/** What the users screen's search box and status choice hold. */
export interface AccountFilter {
  readonly search: string;
  readonly status: AccountStatus;
}

/**
 * The accounts matching the search (any part of the username, the display name or a role's name, ignoring case and
 * accents) and the status, in the order the API gave them (by username).
 */
export function filterAccounts(accounts: readonly AccountView[], filter: AccountFilter): AccountView[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  return accounts.filter((account) => {
    if (filter.status === 'active' && account.disabled) return false;
    if (filter.status === 'disabled' && !account.disabled) return false;
    const text = fold([account.username, account.displayName, ...account.roles].join(' '));
    return words.every((word) => text.includes(word));
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
