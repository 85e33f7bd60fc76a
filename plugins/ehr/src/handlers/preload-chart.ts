import { chartStream } from '../domain/streams';

/**
 * `preload` of every command deciding on a patient's chart: the kernel reads the chart (from its snapshot) with the
 * other streams of the batch in one statement before the transaction writes anything, instead of two reads when the
 * handler loads it (and its append then needs no in-order check, see docs/architecture.md, "The event store").
 */
export const preloadChart = (data: { readonly patientId: string }): string[] => [chartStream(data.patientId)];
