import { describeAnswer } from '$lib/api/problem';
import { t } from '$lib/i18n/en';
import { sync } from '$lib/stores/sync.svelte';
import { messages as msg } from '../messages';

/** One page of a list as the API answered it: the items, or the problem instead. */
export interface ListAnswer<T> {
  readonly items: T[] | undefined;
  readonly error: unknown;
  readonly response: Response;
}

/**
 * A billing list the user filters by status (the invoices, the claims worklist): only the answer for the status
 * chosen now is shown (a slower answer for a status left meanwhile is dropped), the last list stays on screen
 * while a refusal is explained, and a lost network is said in words.
 */
export class StatusFilteredList<S extends string, T> {
  status = $state<'' | S>('');
  items = $state<T[] | null>(null);
  problem = $state<string | null>(null);

  constructor(
    initial: '' | S,
    private readonly fetchPage: (status: '' | S) => Promise<ListAnswer<T>>,
  ) {
    this.status = initial;
  }

  async load(): Promise<void> {
    const chosen = this.status;
    try {
      const { items, error, response } = await this.fetchPage(chosen);
      if (chosen !== this.status) return;
      this.items = items ?? this.items;
      this.problem = items ? null : describeAnswer(error, response);
    } catch {
      this.problem = sync.online ? t.problems.network : msg.billing.offline;
    }
  }
}
