import type { Measurement, Operation } from '../lib/measure';

/** One way of registering patients that the append benchmark measures. */
export interface AppendMode {
  /** The name `--modes` selects it by. */
  readonly key: AppendModeKey;
  /** The table's row label. */
  readonly label: string;
  readonly operation: Operation;
  close(): Promise<void>;
}

export const APPEND_MODE_KEYS = ['raw', 'bus', 'http'] as const;
export type AppendModeKey = (typeof APPEND_MODE_KEYS)[number];

/** One cell of the table: a mode at one client count. */
export interface CellResult extends Measurement {
  readonly mode: AppendModeKey;
  readonly label: string;
}
