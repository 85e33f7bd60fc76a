import { defineProjection } from '@hms/sdk';
import { ACCOUNT_EVENTS } from '../contracts/account-events';
import { CLAIM_EVENTS } from '../contracts/claim-events';
import { postingsFor } from '../domain/ledger/postings';

/**
 * The double-entry ledger: every billing event's postings (the pure `postingsFor`), one row per side, keyed by
 * the event's position so a replay writes the same rows. Inline, so a balance read right after a payment
 * already includes it.
 */
export const ledgerProjection = defineProjection({
  name: 'billing.ledger',
  mode: 'inline',
  handles: [...ACCOUNT_EVENTS, ...CLAIM_EVENTS],
  tables: ['billing.ledger_postings'],
  async evolve(event, sql) {
    const postings = postingsFor(event);
    for (const [line, p] of postings.entries()) {
      await sql.query(
        `INSERT INTO billing.ledger_postings (position, line, account, debit, credit, currency, invoice_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          event.position.toString(),
          line,
          p.account,
          p.side === 'debit' ? p.amount.amount : 0,
          p.side === 'credit' ? p.amount.amount : 0,
          p.amount.currency,
          p.invoiceId ?? null,
          event.recordedAt,
        ],
      );
    }
  },
});
