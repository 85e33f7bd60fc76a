import { readdirSync, readFileSync } from 'node:fs';
import { processCpuMs } from '../lib/api-process';

/** CPU of the processes named `postgres` on this machine (the server and its backends), in ms; NaN off Linux. */
export function postgresCpuMs(): number {
  let total = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue; // ended meanwhile
    }
    const ms = processCpuMs(Number(entry));
    if (Number.isFinite(ms)) {
      total += ms;
      found = true;
    }
  }
  return found ? total : Number.NaN;
}

/** CPU of a set of processes, in ms (one that ended or restarted counts from where it is now). */
export function processesCpuMs(pids: readonly (number | undefined)[]): number {
  return pids.reduce<number>((sum, pid) => sum + (pid === undefined ? 0 : processCpuMs(pid) || 0), 0);
}
