import { InvariantViolation, NotFoundError, type CommandContext } from '@hms/sdk';
import { supplierDecider } from '../domain/supplier/supplier.decider';
import { supplierStream } from '../domain/supplier/supplier.stream';
import { SUPPLIER_NOT_FOUND, SUPPLIER_REQUIRED } from '../errors';

/**
 * A purchase order names a supplier of the master (`supplierId`) or, as orders did before the master existed, a
 * supplier in free text (`supplier`): exactly one of them. The order keeps the name either way, so lists and old
 * orders read alike; `supplierId` is there only for orders raised against the master.
 */
export async function supplierOfOrder(
  ctx: Pick<CommandContext, 'streams'>,
  data: { supplier?: string; supplierId?: string },
): Promise<{ supplier: string; supplierId?: string }> {
  if ((data.supplier === undefined) === (data.supplierId === undefined)) {
    throw new InvariantViolation(
      SUPPLIER_REQUIRED,
      {},
      { message: 'Name the supplier: one from the supplier list, or one in words, not both.' },
    );
  }
  if (data.supplierId === undefined) return { supplier: data.supplier ?? '' };
  const { state } = await ctx.streams.load(supplierStream(data.supplierId), supplierDecider);
  if (state.status === 'none') throw new NotFoundError(SUPPLIER_NOT_FOUND, { supplierId: data.supplierId });
  return { supplier: state.name, supplierId: data.supplierId };
}
