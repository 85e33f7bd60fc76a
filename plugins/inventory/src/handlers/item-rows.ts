import { type ItemSummary } from '../contracts/queries';

export interface ItemRow {
  id: string;
  code: string;
  name: string;
  category: ItemSummary['category'];
  unit: string;
  tracks_lots: boolean;
  drug_code_system: string | null;
  drug_code: string | null;
  formulary: boolean | null;
  discontinued: boolean;
  on_hand: number;
  low_locations: number;
}

/** Items with their stock summed over locations. */
export const ITEM_SUMMARY = `
  SELECT i.id, i.code, i.name, i.category, i.unit, i.tracks_lots, i.drug_code_system, i.drug_code, i.formulary, i.discontinued,
         coalesce(sum(s.on_hand), 0)::integer AS on_hand, count(s.low_since)::integer AS low_locations
    FROM inventory.items i LEFT JOIN inventory.stock_levels s ON s.item_id = i.id`;

export const itemFromRow = (row: ItemRow): ItemSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  category: row.category,
  unit: row.unit,
  tracksLots: row.tracks_lots,
  drugCode: row.drug_code_system && row.drug_code ? { system: row.drug_code_system, code: row.drug_code } : null,
  formulary: row.formulary,
  discontinued: row.discontinued,
  onHand: row.on_hand,
  lowLocations: row.low_locations,
});
