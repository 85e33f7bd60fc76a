import { handleQuery } from '@hms/sdk';
import { STOCK_READ } from '../contracts/permissions';
import { ListItems, type ItemSummary } from '../contracts/queries';
import { type ItemRow, ITEM_SUMMARY, itemFromRow } from './item-rows';

export const listItemsHandler = handleQuery(ListItems, {
  permission: STOCK_READ,
  async handle(params, ctx): Promise<{ items: ItemSummary[] }> {
    const rows = await ctx.sql.query<ItemRow>(
      `${ITEM_SUMMARY}
        WHERE ($1::text IS NULL OR i.code ILIKE $1 OR i.name ILIKE $1)
          AND ($2::text IS NULL OR i.category = $2)
          AND ($3 OR NOT i.discontinued)
        GROUP BY i.id ORDER BY lower(i.name), i.code LIMIT $4`,
      [
        params.q ? likePattern(params.q) : null,
        params.category ?? null,
        params.includeDiscontinued === 'true',
        params.limit,
      ],
    );
    return { items: rows.map(itemFromRow) };
  },
});

/** `%` and `_` typed by a user are letters, not wildcards. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
