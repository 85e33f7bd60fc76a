/**
 * How a first load is slowed, through the Chrome DevTools Protocol: a network (round trip, bandwidth) and a CPU
 * slow-down. "throttled" is the profile Lighthouse uses for its mobile runs (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, CPU 4× slower): a tablet on a busy ward Wi-Fi, or an old ward PC. "unthrottled" is this machine
 * on the loopback, the baseline of the same run.
 */
export interface LoadProfile {
  readonly name: 'unthrottled' | 'throttled';
  readonly latencyMs: number;
  /** Bytes per second; -1 for no limit (the protocol's convention). */
  readonly downloadBytesPerSecond: number;
  readonly uploadBytesPerSecond: number;
  readonly cpuSlowdown: number;
}

export const PROFILES: readonly LoadProfile[] = [
  { name: 'unthrottled', latencyMs: 0, downloadBytesPerSecond: -1, uploadBytesPerSecond: -1, cpuSlowdown: 1 },
  {
    name: 'throttled',
    latencyMs: 150,
    downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
    uploadBytesPerSecond: (750 * 1024) / 8,
    cpuSlowdown: 4,
  },
];
