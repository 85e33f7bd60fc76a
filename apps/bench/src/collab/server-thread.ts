import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CollabServerKey, ServerReply, ServerRequest, ServerThreadData } from './collab-server.protocol';

/** A collaboration server running in its own thread, as the main thread (the clients' side) sees it. */
export interface CollabServerThread {
  readonly key: CollabServerKey;
  readonly wsUrl: string;
  readonly token: string | null;
  /** The server thread's live heap + external memory in bytes, after full garbage collections. */
  heapBytes(): Promise<number>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Starts `key` in a worker thread and resolves once it listens (and, for ours, has signed in). */
export function startServerThread(key: CollabServerKey, databaseUrl: string): Promise<CollabServerThread> {
  const data: ServerThreadData = { server: key, databaseUrl };
  const worker = new Worker(path.join(__dirname, 'collab-server.worker.js'), { workerData: data });
  const pendingHeaps = new Map<number, (bytes: number) => void>();
  let nextId = 0;
  let onStopped: (() => void) | undefined;
  let failure: ((error: Error) => void) | undefined;
  const send = (request: ServerRequest): void => worker.postMessage(request);

  return new Promise<CollabServerThread>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`${key} did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error): void => {
      clearTimeout(timer);
      void worker.terminate();
      reject(error);
    };
    failure = fail;
    worker.on('error', (error) => failure?.(error));
    worker.on('exit', (code) => {
      if (onStopped) onStopped();
      else failure?.(new Error(`the ${key} server thread exited with code ${code}`));
    });
    worker.on('message', (message: ServerReply) => {
      switch (message.type) {
        case 'ready':
          clearTimeout(timer);
          failure = (error) => {
            throw new Error(`the ${key} server failed: ${error.message}`);
          };
          resolve({
            key,
            wsUrl: message.wsUrl,
            token: message.token,
            heapBytes: () =>
              new Promise((done) => {
                nextId += 1;
                pendingHeaps.set(nextId, done);
                send({ type: 'heap', id: nextId });
              }),
            stop: () =>
              new Promise<void>((done, stopFailed) => {
                const forced = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
                onStopped = () => {
                  clearTimeout(forced);
                  done();
                };
                failure = stopFailed;
                send({ type: 'stop' });
              }),
          });
          break;
        case 'heap':
          pendingHeaps.get(message.id)?.(message.bytes);
          pendingHeaps.delete(message.id);
          break;
        case 'stopped':
          void worker.terminate();
          break;
        case 'failed':
          failure?.(new Error(`${key}: ${message.message}`));
          break;
      }
    });
  });
}
