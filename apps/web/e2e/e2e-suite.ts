import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, ServerProcess } from '../../api/test/e2e-support';
import { signIn, startBrowser } from './browser';

/** What a browser test file runs against: the compiled API on a database of its own, and one browser. */
export interface E2eSuite {
  readonly server: ServerProcess;
  /** The file's database (a second kernel on it can queue the server's jobs). */
  readonly databaseUrl: string;
  readonly http: HttpClient;
  /** The admin's bearer token, for setting up data through the API. */
  readonly token: string;
  readonly browser: Browser;
  /** A page in a fresh context (its own profile: storage, IndexedDB, network state), closed after the file. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** What Chromium reported refusing under the server's Content-Security-Policy, on any page of the file. */
  readonly cspViolations: readonly string[];
  /** A new page signed in through the sign-in page, as a user does. */
  signedIn(username?: string, password?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

const DEFAULT_VIEWPORT = { width: 1100, height: 760 };

/**
 * Registers the file's `beforeAll`/`afterAll`: a test database, the compiled API with `plugins` enabled on it, the
 * admin signed in over HTTP, and Debian's Chromium; everything is closed and dropped after the file. The suite is
 * read through the returned getter once `beforeAll` has run.
 */
export function e2eSuite(name: string, plugins: string): () => E2eSuite {
  let database: TestDatabase | undefined;
  let suite: E2eSuite | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    assertServerBuilt();
    database = await createTestDatabase(name);
    const server = await ServerProcess.start({
      DATABASE_URL: database.url,
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: 'warn',
      HMS_PLUGINS: plugins,
    });
    const http = new HttpClient(server.url);
    const token = await http.login('admin', ADMIN_PASSWORD);
    const started = await startBrowser();
    closeBrowser = started.close;
    const newPage = async (viewport = DEFAULT_VIEWPORT): Promise<Page> => {
      const context = await started.browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC' });
      contexts.push(context);
      context.setDefaultTimeout(20_000); // below Jest's, so a failure names the step it waited for
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy'))
          cspViolations.push(message.text());
      });
      return page;
    };
    suite = {
      server,
      databaseUrl: database.url,
      http,
      token,
      browser: started.browser,
      newPage,
      cspViolations,
      async signedIn(username = 'admin', password = ADMIN_PASSWORD, viewport = DEFAULT_VIEWPORT) {
        const page = await newPage(viewport);
        await signIn(page, server.url, username, password);
        return page;
      },
    };
  }, 90_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await closeBrowser?.();
    await suite?.server.stop();
    await database?.drop();
  });

  return () => {
    if (!suite) throw new Error('The e2e suite is read before its beforeAll ran');
    return suite;
  };
}
