import type { Measurement, Operation } from '../lib/measure';

/** One thing the scheduling benchmark measures. */
export interface SchedulingMode {
  /** The name `--modes` selects it by. */
  readonly key: SchedulingModeKey;
  readonly label: string;
  readonly operation: Operation;
  /** Free slots per answer so far (search modes), to show both modes answer the same question. */
  readonly answers?: { count: number; slots: number };
}

export const SCHEDULING_MODE_KEYS = ['sql', 'search', 'book'] as const;
export type SchedulingModeKey = (typeof SCHEDULING_MODE_KEYS)[number];

/** One cell of the table: a mode at one client count. */
export interface SchedulingCell extends Measurement {
  readonly mode: SchedulingModeKey;
  readonly label: string;
  readonly slotsPerAnswer: number | null;
}
