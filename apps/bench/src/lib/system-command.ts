import { randomUUID } from 'node:crypto';
import { systemActor, type Kernel } from '@hms/core';

/** Sends a command through the kernel as the system, each with ids of its own: how a benchmark sets up its data. */
export function systemCommand(kernel: Kernel): (type: string, data: unknown) => Promise<unknown> {
  return (type, data) =>
    kernel.execute({
      type,
      data,
      actor: systemActor(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      source: null,
    });
}
