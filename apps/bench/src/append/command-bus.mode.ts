import { randomUUID } from 'node:crypto';
import { bootKernel, systemActor } from '@hms/core';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import type { AppendMode } from './append-mode';
import { confirmedRegistration } from './fictional-patients';

/**
 * RegisterPatient through the kernel's command executor, in process: permission, validation, and the one
 * transaction holding the event, the inline projection, the command-id record and the audit record. The HTTP
 * routes call this same executor directly.
 */
export async function startCommandBusMode(url: string, poolSize: number): Promise<AppendMode> {
  const kernel = await bootKernel({
    installed: [patientPlugin],
    selection: 'all',
    database: { kind: 'server', url },
    poolSize,
  });
  const actor = systemActor();
  return {
    key: 'bus',
    label: 'command bus (kernel executor)',
    operation: async () => {
      await kernel.execute({
        type: RegisterPatient.type,
        data: confirmedRegistration(),
        actor,
        commandId: randomUUID(),
        correlationId: randomUUID(),
        source: null,
      });
    },
    close: () => kernel.close(),
  };
}
