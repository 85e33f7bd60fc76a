import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '@hms/core';

/** The administrator password every end-to-end start uses (HMS_ADMIN_PASSWORD); test data only. */
export const ADMIN_PASSWORD = 'e2e-admin-password-123';

/** Media type of every error answer (RFC 9457). */
export const PROBLEM_JSON = 'application/problem+json';

/** One HTTP answer: status, headers and the body (parsed when it is JSON). */
export interface Answer<B = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: B;
  readonly text: string;
  readonly timedOut?: boolean;
}

export interface CallOptions {
  readonly token?: string;
  /** A Cookie header value, e.g. `hms_session=…`. */
  readonly cookie?: string;
  readonly body?: unknown;
  /** A body sent verbatim (to send bad JSON). */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
  /** Abort the request after this long (the answer then has status 0 and `timedOut`). */
  readonly timeoutMs?: number;
}

/** A free loopback port (tests need it before the child process starts). */
export { freePort };

/** A tiny HTTP client over Node's fetch that remembers every answer, so tests can check all error answers at once. */
export class HttpClient {
  readonly answers: { method: string; path: string; answer: Answer }[] = [];

  constructor(readonly baseUrl: string) {}

  async call<B = any>(method: string, path: string, options: CallOptions = {}): Promise<Answer<B>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const signal = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      const answer = { status: 0, headers: new Headers(), body: undefined as B, text: '', timedOut: true };
      this.answers.push({ method, path, answer });
      return answer;
    }
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && text !== '' ? JSON.parse(text) : text;
    const answer: Answer<B> = { status: response.status, headers: response.headers, body: parsed as B, text };
    this.answers.push({ method, path, answer });
    return answer;
  }

  /** Signs in and answers the bearer token. */
  async login(username: string, password: string): Promise<string> {
    const answer = await this.call<{ token: string }>('POST', '/api/auth/login', { body: { username, password } });
    if (answer.status !== 200) throw new Error(`login of ${username} answered ${answer.status}: ${answer.text}`);
    return answer.body.token;
  }
}

/** A registration body; invented demographics only, never real patient data. */
export function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { givenName: 'Ana', familyName: 'Testfamily', birthDate: '1984-06-02', gender: 'female', ...overrides };
}

/** Polls `url` until it answers 200 or `timeoutMs` passes. */
export async function waitForHealthy(
  url: string,
  timeoutMs: number,
  isAlive: () => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server exited before ${url} answered (${last})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.text();
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last})`);
}

/** The Redis port of REDIS_URL (default 6379). */
export function redisPort(): number {
  return Number(new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);
}

/** Sockets this process holds open to `port` (on 127.0.0.1: PostgreSQL, Redis). */
export function openSocketsTo(port: number): { local: number | undefined; remote: number | undefined }[] {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles
    .filter((h): h is net.Socket => h instanceof net.Socket && h.remotePort === port && !h.destroyed)
    .map((s) => ({ local: s.localPort, remote: s.remotePort }));
}

/** The compiled server the test command builds (`tsc -b`) before Jest runs. */
export const SERVER_MAIN = path.resolve(__dirname, '../dist/main.js');
const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Fails with a clear message when the compiled server is missing. */
export function assertServerBuilt(): void {
  if (!fs.existsSync(SERVER_MAIN)) {
    throw new Error(
      `${path.relative(REPO_ROOT, SERVER_MAIN)} is missing: build first (pnpm build, or npm test which builds)`,
    );
  }
}

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * The real API server (`node apps/api/dist/main.js`) as a child process, configured only through the
 * environment, as an operator runs it. Everything it prints is kept for the failure message.
 */
export class ServerProcess {
  readonly url: string;
  private readonly child: ChildProcess;
  private output = '';
  private readonly exited: Promise<ExitStatus>;
  private alive = true;

  private constructor(port: number, env: Record<string, string>) {
    this.url = `http://127.0.0.1:${port}`;
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|PORT|HOST|HMS_.*)$/.test(name)),
    );
    this.child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: REPO_ROOT,
      env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.alive = false;
        resolve({ code, signal });
      });
    });
  }

  /** Starts the server and waits until /health answers. */
  static async start(
    env: Record<string, string>,
    options: { port?: number; timeoutMs?: number } = {},
  ): Promise<ServerProcess> {
    const server = new ServerProcess(options.port ?? (await freePort()), env);
    try {
      await waitForHealthy(`${server.url}/health`, options.timeoutMs ?? 30_000, () => server.alive);
    } catch (error) {
      await server.kill();
      throw new Error(`${(error as Error).message}\n--- server output ---\n${server.output}`, { cause: error });
    }
    return server;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** What the server printed so far (stdout and stderr). */
  get printed(): string {
    return this.output;
  }

  /** SIGTERM, as an orderly shutdown; SIGKILL if it has not exited within the timeout. */
  async stop(timeoutMs = 10_000): Promise<ExitStatus> {
    if (!this.alive) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL: no shutdown hook runs, in-flight requests die with the process. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }
}
