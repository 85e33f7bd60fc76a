import { ConflictError, handleCommand } from '@hms/sdk';
import { DefineSupplier } from '../contracts/equipment-commands';
import type { SupplierView } from '../contracts/equipment-queries';
import { ORDER_MANAGE } from '../contracts/permissions';
import { supplierDecider } from '../domain/supplier/supplier.decider';
import { supplierStream } from '../domain/supplier/supplier.stream';
import { SUPPLIER_NAME_TAKEN } from '../errors';

export const defineSupplierHandler = handleCommand(DefineSupplier, {
  permission: ORDER_MANAGE,
  async handle(data, ctx): Promise<SupplierView> {
    // Names are unique regardless of case; a race meets the read model's unique key and is decided again.
    const [taken] = await ctx.sql.query<{ id: string }>(
      `SELECT id FROM inventory.suppliers WHERE lower(name) = lower($1)`,
      [data.name],
    );
    if (taken) {
      throw new ConflictError(
        SUPPLIER_NAME_TAKEN,
        { supplierId: taken.id },
        { message: 'A supplier with this name is already in the supplier master.' },
      );
    }
    const supplierId = ctx.newId();
    await ctx.streams.decide(supplierStream(supplierId), supplierDecider, {
      type: 'inventory.DefineSupplier',
      data: { ...data, supplierId },
      meta: ctx.meta,
    });
    return { id: supplierId, name: data.name, contact: data.contact ?? null, leadTimeDays: data.leadTimeDays };
  },
});
