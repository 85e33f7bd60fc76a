import http from 'node:http';
import { postJson, type JsonResponse } from './http-json';

/** Sends one JSON request as a user and fails loudly on anything but success (the setup, not the measurement). */
export class BenchClient {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  token = '';

  constructor(readonly baseUrl: URL) {}

  async call(method: string, route: string, body?: unknown): Promise<JsonResponse> {
    const headers = this.token ? { authorization: `Bearer ${this.token}` } : undefined;
    const answer = await postJson(this.agent, new URL(route, this.baseUrl), body ?? {}, headers, method);
    if (answer.status >= 300) throw new Error(`${method} ${route}: HTTP ${answer.status}`);
    return answer;
  }

  async login(password: string): Promise<void> {
    const answer = await this.call('POST', '/api/auth/login', { username: 'admin', password });
    this.token = String((answer.body as { token: string }).token);
  }
}
