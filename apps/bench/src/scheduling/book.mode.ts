import { randomUUID } from 'node:crypto';
import { systemActor, type Kernel } from '@hms/core';
import { ConflictError } from '@hms/sdk';
import { BookAppointment } from '@hms/plugin-scheduling/contracts';
import type { OperationResult } from '../lib/measure';
import { pick, randomQuestion, type Hospital } from './hospital';
import type { SchedulingMode } from './scheduling-mode';
import { findFreeSlots } from './search.mode';

/** Weeks tried before giving up on finding a free slot for one booking (a week without one is rare). */
const SEARCHES_PER_BOOKING = 20;

/**
 * What a receptionist does: search a practitioner's week for a type, pick one of the free slots, and book it
 * for a random patient through the command bus. The latency is the BookAppointment command's alone; the search
 * before it is part of each client's loop, so it is in the throughput. A 409 (someone booked that time since the
 * search) is a refusal, counted apart; the codes seen are kept.
 */
export function bookMode(kernel: Kernel, hospital: Hospital): SchedulingMode & { refusalCodes: Map<string, number> } {
  const actor = systemActor();
  const refusalCodes = new Map<string, number>();
  return {
    key: 'book',
    label: 'BookAppointment (command bus)',
    refusalCodes,
    operation: async (): Promise<OperationResult> => {
      for (let attempt = 1; ; attempt++) {
        const question = randomQuestion(hospital);
        const { items } = await findFreeSlots(kernel, question);
        if (items.length === 0) {
          if (attempt < SEARCHES_PER_BOOKING) continue;
          throw new Error(`No free slot in ${SEARCHES_PER_BOOKING} random weeks: the hospital is full`);
        }
        const slot = pick(items);
        const began = process.hrtime.bigint();
        try {
          await kernel.execute({
            type: BookAppointment.type,
            data: {
              patientId: pick(hospital.patientIds),
              practitionerId: slot.practitionerId,
              type: slot.type,
              startsAt: slot.startsAt,
            },
            actor,
            commandId: randomUUID(),
            correlationId: randomUUID(),
            source: null,
          });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          refusalCodes.set(error.code, (refusalCodes.get(error.code) ?? 0) + 1);
          return { refused: true };
        }
        return { latencyMs: Number(process.hrtime.bigint() - began) / 1e6 };
      }
    },
  };
}
