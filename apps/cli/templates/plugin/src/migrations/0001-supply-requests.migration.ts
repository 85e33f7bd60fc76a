import { defineMigration } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

/** Released migrations are never edited: a change is the next file (`0002-…`). */
export const createSupplyRequests = defineMigration('0001-supply-requests', [
  `CREATE TABLE ${PLUGIN}.supply_requests (
    id uuid PRIMARY KEY,
    ward text NOT NULL,
    item text NOT NULL,
    quantity integer NOT NULL,
    requested_at timestamptz NOT NULL
  )`,
  `CREATE INDEX supply_requests_ward_idx ON ${PLUGIN}.supply_requests (ward, requested_at DESC)`,
]);
