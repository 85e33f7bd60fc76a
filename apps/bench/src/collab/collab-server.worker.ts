import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { RunningCollabServer, ServerReply, ServerRequest, ServerThreadData } from './collab-server.protocol';
import { startHocuspocusServer } from './hocuspocus.server';
import { startOurServer } from './ours.server';

/**
 * One collaboration server in its own thread. A thread has its own V8 heap, so the heap measured here is the
 * server's alone: the benchmark's clients live in the main thread. The thread shares the process (and its
 * clock) with the clients, and its own event loop, as a server process would have.
 */
if (!parentPort) throw new Error('collab-server.worker runs as a worker thread');
const port = parentPort;
const data = workerData as ServerThreadData;
const reply = (message: ServerReply): void => port.postMessage(message);
const collectGarbage = garbageCollector();

function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  // Without --expose-gc: turn the flag on now and take `gc` from a fresh context, which sees it.
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** Live heap plus memory held outside it (Buffers, Yjs updates in ArrayBuffers), after full collections. */
function heapBytes(): number {
  collectGarbage();
  collectGarbage();
  const stats = v8.getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
}

async function main(): Promise<void> {
  const server: RunningCollabServer =
    data.server === 'ours'
      ? await startOurServer(data.databaseUrl)
      : await startHocuspocusServer(data.databaseUrl, { durableBeforeRelay: data.server === 'hocuspocus-durable' });
  port.on('message', (request: ServerRequest) => {
    if (request.type === 'heap') reply({ type: 'heap', id: request.id, bytes: heapBytes() });
    else
      void server.stop().then(
        // The main thread terminates this thread on the answer (a library may keep a handle open).
        () => reply({ type: 'stopped' }),
        (error: unknown) => reply({ type: 'failed', message: `stopping: ${messageOf(error)}` }),
      );
  });
  reply({ type: 'ready', wsUrl: server.wsUrl, token: server.token });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => reply({ type: 'failed', message: messageOf(error) }));
