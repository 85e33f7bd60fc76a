import { randomUUID } from 'node:crypto';
import { systemActor, type Kernel } from '@hms/core';
import { FindFreeSlots, type FreeSlotList } from '@hms/plugin-scheduling/contracts';
import type { Hospital, SlotQuestion } from './hospital';
import { randomQuestion } from './hospital';
import type { SchedulingMode } from './scheduling-mode';

/** The most slots one answer holds (the query's maximum), so both modes return a whole week. */
export const SLOT_LIMIT = 500;

/** Asks the kernel's query bus what the API's GET /api/schedules/free-slots asks it. */
export function findFreeSlots(kernel: Kernel, question: SlotQuestion): Promise<FreeSlotList> {
  return kernel.ask({
    type: FindFreeSlots.type,
    params: {
      practitionerIds: [question.practitioner.id],
      type: question.type.code,
      from: question.from,
      to: question.to,
      limit: SLOT_LIMIT,
    },
    actor: systemActor(),
    correlationId: randomUUID(),
    source: null,
  }) as Promise<FreeSlotList>;
}

/**
 * patient.FindFreeSlots through the kernel's query executor, in process: validation, permission, the schedule's
 * stream loaded, one indexed read of the week's bookings, the slots walked in JavaScript.
 */
export function searchMode(kernel: Kernel, hospital: Hospital): SchedulingMode {
  const answers = { count: 0, slots: 0 };
  return {
    key: 'search',
    label: 'FindFreeSlots (query bus)',
    answers,
    operation: async () => {
      const { items } = await findFreeSlots(kernel, randomQuestion(hospital));
      answers.count += 1;
      answers.slots += items.length;
    },
  };
}
