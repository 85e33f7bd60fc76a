import http from 'node:http';

export interface JsonResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Sends JSON (POST by default; `GET` sends no body) over a keep-alive agent and reads the whole answer. Plain
 * `http.request` rather than `fetch`: its per-request cost is small and predictable.
 */
export function postJson(
  agent: http.Agent,
  url: URL,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  method: string = 'POST',
): Promise<JsonResponse> {
  const payload = method === 'GET' ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'content-length': String(payload.length) }),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: text === '' ? null : JSON.parse(text) });
          } catch {
            resolve({ status: response.statusCode ?? 0, body: text });
          }
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
