/** The states of a job run the queue dashboard counts and lists, in the order it shows them. */
export const QUEUE_STATES = ['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized'] as const;

export type QueueState = (typeof QUEUE_STATES)[number];
