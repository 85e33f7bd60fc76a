import { createHash } from 'node:crypto';
import { parseOrThrow, type PluginDefinition, type RequestableJob } from '@hms/sdk';

/** A job a command asked for (`ctx.requestJob`), queued once its transaction commits. */
export interface RequestedJob {
  readonly name: string;
  readonly payload: unknown;
  /** Derived from the command id: a retried command asks for the same id, which the queue keeps once. */
  readonly jobId: string;
}

/**
 * Collects a command's job requests while its handler runs. Only the command's own plugin's jobs may be asked
 * for (a plugin's queue is its own), and the payload is validated here, so a bad request refuses the command
 * (a `ValidationError`, 400) instead of failing later in a worker.
 */
export class JobRequests {
  private readonly requested: RequestedJob[] = [];

  constructor(
    private readonly plugin: PluginDefinition | undefined,
    private readonly commandId: string,
    /** Whether this process has job queues to put the requests in. */
    private readonly queues: boolean,
  ) {}

  request(job: RequestableJob<unknown>, payload: unknown): void {
    if (!this.queues) throw new Error(`This process was started without job queues: ${job.name} cannot be queued`);
    if (!this.plugin?.jobs.some((j) => j.name === job.name)) {
      throw new Error(
        `A command of ${this.plugin?.name ?? 'an unknown plugin'} asked for a job it does not declare: ${job.name}`,
      );
    }
    const data = parseOrThrow(job.payload, payload);
    this.requested.push({
      name: job.name,
      payload: data,
      jobId: requestedJobId(this.commandId, job.name, this.requested.length),
    });
  }

  get all(): readonly RequestedJob[] {
    return this.requested;
  }
}

/** A queue-safe id (letters, digits, dashes) from the command id, the job and its place among the requests. */
export function requestedJobId(commandId: string, jobName: string, index: number): string {
  const digest = createHash('sha256').update(`${commandId}\n${jobName}\n${index}`).digest('hex').slice(0, 32);
  return `cmd-${digest}`;
}
