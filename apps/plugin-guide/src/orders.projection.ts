import { defineMigration, defineProjection } from '@hms/sdk';
import { LabOrderPlaced } from './contracts';

// #region projection
export const ordersProjection = defineProjection({
  name: 'lab.orders',
  mode: 'inline',
  handles: [LabOrderPlaced],
  tables: ['lab.orders'],
  async evolve(e, sql) {
    await sql.query('INSERT INTO lab.orders (id, patient_id, test) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      e.data.orderId,
      e.data.patientId,
      e.data.test,
    ]);
  },
});
export const createOrders = defineMigration('0001-orders', [
  'CREATE TABLE lab.orders (id uuid PRIMARY KEY, patient_id uuid NOT NULL, test text NOT NULL)',
]);
// #endregion projection
