import type { CommandContext } from '@hms/sdk';
import type { LabOrderView } from '../contracts/queries';
import type { LabOrderCommand } from '../domain/lab-order/lab-order.commands';
import { labOrderDecider } from '../domain/lab-order/lab-order.decider';
import { labOrderStream } from '../domain/lab-order/lab-order.stream';
import { orderView } from './order-view';

/** Every step after placement is the same glue: decide on the order's stream, answer the order as it now is. */
export async function decideOnOrder(
  ctx: CommandContext,
  command: Exclude<LabOrderCommand, { type: 'lab.PlaceLabOrder' }>,
): Promise<LabOrderView> {
  const { state } = await ctx.streams.decide(labOrderStream(command.data.orderId), labOrderDecider, command);
  return orderView(state);
}
