import { connectCollabClient, insertCollabParagraph, waitUntil, type CollabClient } from '@hms/core/testing';

/** Editors typing into notes while the mixed load runs, and how long each line took to reach the other editor. */
export interface CollabLoad {
  /** Starts typing; `stop` ends it and answers the relay latencies (ms) of the lines the peers received. */
  start(): void;
  stop(): Promise<number[]>;
  close(): void;
}

const LINE_EVERY_MS = 250;

/**
 * Two editors per note (stock y-websocket clients, through the balancer like a browser): one types a line every
 * 250 ms, the other receives it; the latency is from the insert to the peer seeing it (one process, one clock).
 */
export async function collabEditors(url: string, token: string, noteIds: readonly string[]): Promise<CollabLoad> {
  const pairs = noteIds.map((id) => ({
    writer: connectCollabClient(url, id, token),
    reader: connectCollabClient(url, id, token),
  }));
  const clients: CollabClient[] = pairs.flatMap((p) => [p.writer, p.reader]);
  await waitUntil('editors synced', () => clients.every((c) => c.provider.synced), 30_000);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let recording = false;
  for (const { reader } of pairs) {
    reader.doc.on('update', () => {
      if (!recording) return;
      const now = performance.now();
      for (const [line, at] of sentAt) {
        if (reader.doc.getXmlFragment('body').toString().includes(`>${line}<`)) {
          latencies.push(now - at);
          sentAt.delete(line);
        }
      }
    });
  }
  let timer: NodeJS.Timeout | undefined;
  let n = 0;
  return {
    start() {
      recording = true;
      timer = setInterval(() => {
        for (const [i, { writer }] of pairs.entries()) {
          const line = `mixed-${i}-${n}`;
          sentAt.set(line, performance.now());
          insertCollabParagraph(writer.doc, line);
        }
        n++;
      }, LINE_EVERY_MS);
    },
    async stop() {
      clearInterval(timer);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      recording = false;
      return latencies;
    },
    close() {
      clients.forEach((c) => c.destroy());
    },
  };
}
