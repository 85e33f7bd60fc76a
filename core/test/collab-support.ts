import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../src/app/create-api-app';
import type { ApiOptions } from '../src/app/api-options';
import { AccountService } from '../src/auth/account.service';
import { ensureFirstAdmin } from '../src/auth/first-admin';
import { bootKernel } from '../src/kernel/boot-kernel';
import type { Kernel } from '../src/kernel/kernel';
import { createLogger } from '../src/logging/logger';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';
import { TEST_REDIS_URL, uniqueRedisPrefix } from '../src/testing/test-redis';
import { memoPlugin } from './fixtures/memo.plugin';

export const PASSWORD = 'correct horse battery staple';

/** The users of the collaboration tests: who may edit memos, only read them, or neither. */
export const USERS = {
  editor: ['memo:memo:read', 'memo:memo:write'],
  reader: ['memo:memo:read'],
  outsider: [],
} as const;
export type CollabUser = keyof typeof USERS | 'admin';

/** An API instance serving memos: its kernel, HTTP app and base URL. */
export interface CollabInstance {
  readonly kernel: Kernel;
  readonly app: NestFastifyApplication;
  readonly url: string;
  /** Log lines the instance wrote. */
  readonly logs: string[];
  close(): Promise<void>;
}

/** A test database with the memo plugin's schema and the users, shared by the instances started on it. */
export interface CollabSite {
  readonly database: TestDatabase;
  readonly channelPrefix: string;
  tokens: Record<CollabUser, string>;
  /** `redisUrl`: the Redis of the fan-out (a test's private one); the shared test Redis by default. */
  start(options?: { port?: number; redisUrl?: string; collab?: ApiOptions['collab'] }): Promise<CollabInstance>;
  drop(): Promise<void>;
}

export async function createCollabSite(): Promise<CollabSite> {
  const database = await createTestDatabase('hms_collab');
  const channelPrefix = `${uniqueRedisPrefix()}:collab:`;
  const site: CollabSite = {
    database,
    channelPrefix,
    tokens: {} as Record<CollabUser, string>,
    async start(options = {}) {
      const kernel = await bootKernel({
        installed: [memoPlugin],
        selection: 'all',
        database: { kind: 'server', url: database.url },
        poolSize: 8,
      });
      const logs: string[] = [];
      const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
      const app = await createApiApp(kernel, logger, {
        secureCookies: false,
        redisUrl: options.redisUrl ?? TEST_REDIS_URL,
        trustProxy: false,
        version: 'test',
        collab: { channelPrefix, dropAfterMs: 200, ...options.collab },
      });
      await app.listen(options.port ?? 0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      return {
        kernel,
        app,
        url: `http://127.0.0.1:${port}`,
        logs,
        async close() {
          await app.close();
          await kernel.close();
        },
      };
    },
    drop: () => database.drop(),
  };
  const first = await site.start();
  try {
    await ensureFirstAdmin(first.kernel.db, { password: PASSWORD });
    const accounts = new AccountService(first.kernel.db);
    for (const [username, permissions] of Object.entries(USERS)) {
      await accounts.upsertRole(`memo-${username}`, `Memo ${username}`, [...permissions]);
      await accounts.createAccount({
        username,
        password: PASSWORD,
        displayName: username,
        roles: [`memo-${username}`],
      });
    }
    for (const username of ['admin', ...Object.keys(USERS)] as CollabUser[]) {
      const response = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      site.tokens[username] = ((await response.json()) as { token: string }).token;
    }
  } finally {
    await first.close();
  }
  return site;
}
