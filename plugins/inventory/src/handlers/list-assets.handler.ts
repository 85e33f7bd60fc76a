import { handleQuery } from '@hms/sdk';
import { ListAssets } from '../contracts/equipment-queries';
import { EQUIPMENT_READ } from '../contracts/permissions';
import { ASSET_COLUMNS, assetFromRow, type AssetRow } from './asset-rows';

export const listAssetsHandler = handleQuery(ListAssets, {
  permission: EQUIPMENT_READ,
  async handle(params, ctx) {
    const today = ctx.now.slice(0, 10);
    const rows = await ctx.sql.query<AssetRow>(
      `${ASSET_COLUMNS}
        WHERE ($2::text IS NULL OR a.status = $2)
          AND ($3::text IS NULL OR a.serial_number ILIKE $3 OR a.model ILIKE $3 OR a.manufacturer ILIKE $3)
          AND (NOT $4::boolean OR (a.status <> 'retired' AND (a.status = 'out-of-service' OR p.next_due_on < $1::date)))
        ORDER BY (a.status = 'retired'), p.next_due_on NULLS LAST, lower(a.model), a.serial_number
        LIMIT $5`,
      [
        today,
        params.status ?? null,
        params.q ? `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
        params.flagged === 'true',
        params.limit,
      ],
    );
    return { today, items: rows.map((row) => assetFromRow(row, today)) };
  },
});
