import { spawn, type ChildProcess } from 'node:child_process';

/** How a supervised process is started: what to run, with which environment, and where its output goes. */
export interface ProcessSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Each line the process prints, prefixed by its name (the cluster's log). */
  readonly onLine: (line: string) => void;
}

const FIRST_RESTART_DELAY_MS = 200;
const LONGEST_RESTART_DELAY_MS = 10_000;
/** A process that ran this long before dying is restarted at once again, not after a long back-off. */
const HEALTHY_RUN_MS = 30_000;

/**
 * A child process kept running, as systemd's `Restart=always` would: started again after it dies, sooner when it
 * ran a while, later when it keeps failing at once (up to 10 s). `stop()` ends it with SIGTERM (its graceful
 * shutdown: requests and jobs finish) and SIGKILL after the grace period.
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private stopping = false;
  private delay = FIRST_RESTART_DELAY_MS;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  /** How many times it was started again after dying. */
  restarts = 0;

  constructor(private readonly spec: ProcessSpec) {}

  get name(): string {
    return this.spec.name;
  }

  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined;
  }

  start(): void {
    this.startedAt = Date.now();
    const child = spawn(this.spec.command, [...this.spec.args], {
      env: this.spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) this.spec.onLine(`${this.spec.name} | ${line}`);
      });
    }
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const ranFor = Date.now() - this.startedAt;
      this.delay =
        ranFor > HEALTHY_RUN_MS ? FIRST_RESTART_DELAY_MS : Math.min(this.delay * 2, LONGEST_RESTART_DELAY_MS);
      this.spec.onLine(`${this.spec.name} | exited (${signal ?? `code ${code}`}); starting again in ${this.delay} ms`);
      this.restartTimer = setTimeout(() => {
        this.restarts++;
        this.start();
      }, this.delay);
    });
  }

  /** Sends a signal to the running process (the chaos test's SIGKILL); the supervisor starts it again. */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  async stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(killer);
  }
}
