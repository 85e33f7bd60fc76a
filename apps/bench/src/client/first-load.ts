import type { Browser, Page } from 'playwright-core';
import type { LoadProfile } from './network-profiles';

/** A page loaded for the first time (empty cache, no service worker) and what it took. */
export interface FirstLoad {
  /** From the start of navigation to the moment the awaited element was in the page, in ms (page clock). */
  readonly readyMs: number;
  readonly requests: number;
  /** The URL paths of the scripts and stylesheets the page loaded (its bundle, for sizing from the build). */
  readonly assets: readonly string[];
  /** Everything that crossed the wire, headers included. */
  readonly transferredBytes: number;
}

/** What the page is waiting for: an element matching `selector`, containing `text` when given. */
export interface ReadySignal {
  readonly selector: string;
  readonly text?: string;
}

/**
 * Loads `url` in a fresh browser context under `profile` and times it until `ready` is in the page. The moment is
 * taken in the page itself (a mutation observer installed before any of the page's scripts run, reading
 * `performance.now()`, whose origin is the navigation's start), so the driver's polling is not measured. `prepare`
 * runs first, unthrottled, in the same context (signing in); the cache is then emptied and disabled so every
 * asset is fetched again. Service workers are blocked: the first visit never has one yet.
 */
export async function firstLoad(
  browser: Browser,
  url: string,
  ready: ReadySignal,
  profile: LoadProfile,
  prepare?: (page: Page) => Promise<void>,
): Promise<FirstLoad> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    if (prepare) await prepare(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBytesPerSecond,
      uploadThroughput: profile.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });

    const assets = new Set<string>();
    let requests = 0;
    let transferredBytes = 0;
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script' || event.type === 'Stylesheet') assets.add(new URL(event.response.url).pathname);
    });
    cdp.on('Network.loadingFinished', (event) => {
      requests += 1;
      transferredBytes += event.encodedDataLength;
    });

    await page.addInitScript({ content: watchFor(ready) });
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
    const readyMs = await page.waitForFunction(
      () => (globalThis as { __hmsReadyAt?: number }).__hmsReadyAt,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const at = Number(await readyMs.jsonValue());
    // Everything the page asked for while loading is counted, not only what arrived before the element showed.
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { readyMs: at, requests, assets: [...assets].sort(), transferredBytes };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before its scripts (as text: this package is compiled without the DOM's types): notes when the
 * awaited element first appears.
 */
function watchFor(signal: ReadySignal): string {
  return `(() => {
    const signal = ${JSON.stringify(signal)};
    const check = () => {
      const element = document.querySelector(signal.selector);
      if (!element || (signal.text !== undefined && !(element.textContent || '').includes(signal.text))) return false;
      window.__hmsReadyAt = performance.now();
      return true;
    };
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}
