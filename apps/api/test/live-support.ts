/** The live channel (`/api/live`) as the end-to-end tests read it. */

/** An open live channel, read over a real socket as a browser's EventSource reads it. */
export interface Channel {
  readonly events: { event: string; data: Record<string, unknown> }[];
  isConnected(): boolean;
  close(): Promise<void>;
}

export async function openLive(baseUrl: string, token: string): Promise<Channel> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/live`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const events: Channel['events'] = [];
  let connected = false;
  const reading = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          if (lines.includes(': connected')) connected = true;
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      }
    } catch {
      // aborted by the test
    }
  })();
  return {
    events,
    isConnected: () => connected,
    close: async () => {
      abort.abort();
      await reading;
    },
  };
}

/** Polls `check` every 50 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
