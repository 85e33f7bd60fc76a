import { defineCommand, defineEvent, definePermission, defineQuery, z } from '@hms/sdk';

// #region permissions
export const LAB_ORDER_PLACE = definePermission('lab:order:place', 'Place lab orders', { patientData: true });
export const LAB_ORDER_READ = definePermission('lab:order:read', 'See lab orders', { patientData: true });
// #endregion permissions

// #region commands
export const PlaceLabOrder = defineCommand(
  'lab.PlaceLabOrder',
  z.strictObject({
    patientId: z.uuid(),
    test: z.enum(['cbc', 'bmp', 'lipid-panel']),
    priority: z.enum(['routine', 'urgent']).default('routine'),
  }),
).returns<{ id: string }>();
// #endregion commands

// #region queries
export interface LabOrderView {
  readonly id: string;
  readonly patientId: string;
  readonly test: string;
}
export const GetLabOrder = defineQuery('lab.GetLabOrder', z.strictObject({ id: z.uuid() })).returns<LabOrderView>();
export const ListLabOrders = defineQuery('lab.ListLabOrders', z.strictObject({ patientId: z.uuid() })).returns<
  readonly LabOrderView[]
>();
// #endregion queries

// #region events
export const LabOrderPlaced = defineEvent(
  'lab.LabOrderPlaced',
  z.object({
    orderId: z.uuid(),
    patientId: z.uuid(),
    test: z.string(),
    priority: z.enum(['routine', 'urgent']),
    placedAt: z.iso.datetime(),
  }),
  {
    // Version 1 had no priority: every order was routine. Stored events are upcast on read, never rewritten.
    version: 2,
    upcasters: [{ fromVersion: 1, upcast: (v1) => ({ ...(v1 as object), priority: 'routine' }) }],
    // #region timeline
    timeline: (d) => ({
      patientId: d.patientId,
      at: d.placedAt, // when it happened; the time it was stored when absent
      summary: { orderId: d.orderId, test: d.test, priority: d.priority }, // ids, codes, statuses
      visibleWith: LAB_ORDER_READ, // only readers holding this permission too see the entry
    }),
    // #endregion timeline
  },
);
// #endregion events
