import { createHash } from 'node:crypto';

/**
 * The id of the `index`-th command a reaction sent for the event at `position`: the same on every run and every
 * instance, so the kernel's processed-command record turns a re-run into a replay that appends nothing.
 */
export function reactionCommandId(reaction: string, position: bigint, index: number): string {
  return `reaction:${createHash('sha256').update(`${reaction}\n${position.toString()}\n${index}`).digest('hex').slice(0, 32)}`;
}
