import type { LoadOptions, Measurement, Operation } from '../lib/measure';

/** One way of registering patients that the append benchmark measures. */
export interface AppendMode {
  /** The name `--modes` selects it by. */
  readonly key: AppendModeKey;
  /** The table's row label. */
  readonly label: string;
  /** One operation, run by this process's closed-loop clients ({@link measure}). */
  readonly operation?: Operation;
  /** Or the mode measures a cell itself (HTTP: autocannon against an API process). */
  measure?(load: LoadOptions): Promise<Measurement>;
  close(): Promise<void>;
}

export const APPEND_MODE_KEYS = ['raw', 'bus', 'http', 'chart'] as const;
export type AppendModeKey = (typeof APPEND_MODE_KEYS)[number];

/** One cell of the table: a mode at one client count. */
export interface CellResult extends Measurement {
  readonly mode: AppendModeKey;
  readonly label: string;
}
