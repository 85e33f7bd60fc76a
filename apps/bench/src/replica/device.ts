import http from 'node:http';
import type { ReplicaAnswer } from '@hms/sdk/client';

/** One GET as the browser sends it, with what crossed the wire: the body's bytes (uncompressed). */
export async function getBytes(
  agent: http.Agent,
  url: URL,
  token: string,
): Promise<{ status: number; bytes: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, bytes: raw.length, body: JSON.parse(raw.toString('utf8')) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** What a batch of requests cost: wall time, requests, bytes and rows carried. */
export interface Cost {
  readonly ms: number;
  readonly requests: number;
  readonly bytes: number;
  readonly rows: number;
}

/**
 * The device's side of the replica protocol, as apps/web/src/lib/replica/replica-store.ts does it over HTTP: a
 * checkpoint per copy, pulls `since` it, at most `lanes` at a time (a browser's connections to one host).
 */
export class BenchDevice {
  private readonly checkpoints = new Map<string, string>();

  constructor(
    private readonly base: URL,
    private readonly agent: http.Agent,
    private readonly token: string,
    private readonly lanes = 6,
  ) {}

  /** Pulls these copies; each answer's checkpoint is kept for the next pull. */
  async pull(copies: readonly { name: string; params: Record<string, string> }[]): Promise<Cost> {
    const started = performance.now();
    let bytes = 0;
    let rows = 0;
    await inLanes(copies, this.lanes, async ({ name, params }) => {
      const key = `${name}?${new URLSearchParams(params).toString()}`;
      const since = this.checkpoints.get(key);
      const url = new URL(`/api/sync/replicas/${key}${since ? `&since=${since}` : ''}`, this.base);
      const answer = await getBytes(this.agent, url, this.token);
      if (answer.status !== 200) throw new Error(`${key}: HTTP ${answer.status}`);
      const body = answer.body as ReplicaAnswer;
      this.checkpoints.set(key, body.position);
      bytes += answer.bytes;
      rows += body.rows.length;
    });
    return { ms: performance.now() - started, requests: copies.length, bytes, rows };
  }
}

/** The same reads as plain online query calls (what a screen without a replica asks), `lanes` at a time. */
export async function getAll(
  base: URL,
  agent: http.Agent,
  token: string,
  paths: readonly string[],
  lanes = 6,
): Promise<Cost> {
  const started = performance.now();
  let bytes = 0;
  await inLanes(paths, lanes, async (path) => {
    const answer = await getBytes(agent, new URL(path, base), token);
    if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status}`);
    bytes += answer.bytes;
  });
  return { ms: performance.now() - started, requests: paths.length, bytes, rows: paths.length };
}

async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
