import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { withApiBench } from '../lib/api-bench';
import type { BenchDatabase } from '../lib/bench-database';
import type { BenchOptions } from '../lib/options';
import { writeResults, type MachineInfo } from '../lib/results';
import { fixed, markdownTable, textTable, type Column } from '../lib/table';
import { firstLoad, type FirstLoad, type ReadySignal } from './first-load';
import { PROFILES, type LoadProfile } from './network-profiles';
import { assetSize, shellAssets, totalsOf, WEB_BUILD_DIR, type AssetSize } from './shell-assets';
import { SHELL_BUDGET } from './shell-budget';

const ROUNDS = 3;
const POOL_SIZE = 5;
/** Debian's Chromium, as the browser tests use (HMS_CHROMIUM elsewhere). */
const CHROMIUM = process.env.HMS_CHROMIUM ?? '/usr/bin/chromium';

interface PageUnderTest {
  readonly name: string;
  readonly path: string;
  readonly ready: ReadySignal;
  readonly readyMeans: string;
  readonly signedIn: boolean;
}

interface Row {
  readonly page: string;
  readonly profile: LoadProfile['name'];
  readonly readyMsMedian: number;
  readonly readyMsRuns: readonly number[];
  readonly requests: number;
  readonly transferredBytes: number;
  readonly js: { rawBytes: number; gzipBytes: number };
  readonly css: { rawBytes: number; gzipBytes: number };
  readonly assets: readonly string[];
}

const COLUMNS: readonly Column[] = [
  { header: 'page', align: 'left' },
  { header: 'profile', align: 'left' },
  { header: 'ready ms (median)' },
  { header: 'vs unthrottled' },
  { header: 'requests' },
  { header: 'JS kB' },
  { header: 'JS kB gzip' },
  { header: 'CSS kB' },
  { header: 'CSS kB gzip' },
  { header: 'sent kB' },
];

/**
 * The client benchmark: the web client's first load in Chromium, as a nurse's tablet on the ward Wi-Fi sees it
 * (Lighthouse's mobile profile: slow network, CPU 4× slower) beside the same pages unthrottled in the same run, and
 * beside the floor (the page's HTML alone, before any script). For each page: the time until it is usable (the
 * sign-in form ready; the patient banner showing the patient), the requests, and the JS and CSS it loaded, raw
 * and as gzip would send them. Then the shell's initial bytes against the budget the shell-budget spec checks.
 */
export async function runClientBenchmark(options: BenchOptions): Promise<void> {
  const shell = shellAssets();
  const header = (machine: MachineInfo, database: BenchDatabase) => [
    `client: first load of the sign-in and patient pages in Chromium, ${ROUNDS} rounds each (median),`,
    `  throttled (150 ms RTT, 1.6 Mbit/s down, CPU 4x) beside unthrottled and the HTML alone`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, load ${machine.loadAverage1m}`,
    `database: ${database.description}`,
  ];
  let browser: Browser | undefined;
  try {
    await withApiBench(POOL_SIZE, header, async ({ api, client, machine, password }) => {
      const familyName = `Budget${Date.now().toString(36)}`;
      const patient = await client.call('POST', '/api/patients', {
        givenName: 'Bench',
        familyName,
        birthDate: '1970-05-04',
        gender: 'female',
      });
      const patientId = String((patient.body as { id: string }).id);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        // Benchmarks run as root in containers, where Chromium's sandbox cannot start.
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-gpu'],
      });

      const pages: readonly PageUnderTest[] = [
        {
          name: 'HTML only (floor)',
          path: '/login',
          ready: { selector: 'body' },
          readyMeans: 'the page HTML parsed, before any script ran',
          signedIn: false,
        },
        {
          name: 'sign-in',
          path: '/login',
          ready: { selector: 'form button[type="submit"]:not([disabled])' },
          readyMeans: 'the sign-in form drawn and enabled (the client has started)',
          signedIn: false,
        },
        {
          name: 'patient',
          path: `/patients/${patientId}`,
          ready: { selector: '.patient-banner', text: familyName },
          readyMeans: "the patient banner showing the patient's name",
          signedIn: true,
        },
      ];
      const url = api.url;
      const signIn = async (page: Page) => {
        await page.goto(new URL('/login', url).toString());
        await page.getByLabel('Username').fill('admin');
        await page.getByLabel('Password').fill(password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
      };

      const rows: Row[] = [];
      for (const target of pages)
        for (const profile of PROFILES) {
          const runs: FirstLoad[] = [];
          for (let round = 0; round < ROUNDS; round++)
            runs.push(
              await firstLoad(
                browser,
                new URL(target.path, url).toString(),
                target.ready,
                profile,
                target.signedIn ? signIn : undefined,
              ),
            );
          const last = runs.at(-1)!;
          const sizes = sized(last.assets);
          rows.push({
            page: target.name,
            profile: profile.name,
            readyMsMedian: median(runs.map((r) => r.readyMs)),
            readyMsRuns: runs.map((r) => Math.round(r.readyMs)),
            requests: last.requests,
            transferredBytes: last.transferredBytes,
            js: totalsOf(sizes, 'js'),
            css: totalsOf(sizes, 'css'),
            assets: last.assets,
          });
          process.stdout.write(
            `  ${target.name.padEnd(20)} ${profile.name.padEnd(12)} ${fixed(median(runs.map((r) => r.readyMs)), 0)} ms\n`,
          );
        }

      const unthrottled = new Map(
        rows.filter((r) => r.profile === 'unthrottled').map((r) => [r.page, r.readyMsMedian]),
      );
      const kB = (n: number) => fixed(n / 1000, 1);
      const cells = rows.map((r) => [
        r.page,
        r.profile,
        fixed(r.readyMsMedian, 0),
        r.profile === 'unthrottled' ? '1.0x' : `${fixed(r.readyMsMedian / (unthrottled.get(r.page) ?? NaN), 1)}x`,
        String(r.requests),
        kB(r.js.rawBytes),
        kB(r.js.gzipBytes),
        kB(r.css.rawBytes),
        kB(r.css.gzipBytes),
        kB(r.transferredBytes),
      ]);
      const shellJs = totalsOf(shell, 'js');
      const shellCss = totalsOf(shell, 'css');
      const notes = [
        ...pages.map((p) => `ready, ${p.name}: ${p.readyMeans}.`),
        'ready is read in the page (performance.now() from the navigation start); runs are cold: a new browser context,',
        '  cache cleared and disabled, service workers blocked. The patient page is loaded after signing in (unthrottled).',
        'JS/CSS: the scripts and stylesheets the page loaded, sized from the build (raw, and gzip -9 as a proxy could',
        '  send them); sent: all bytes on the wire as the API serves them (it does not compress).',
        `shell initial load (index.html's preloads, every route): JS ${kB(shellJs.rawBytes)} kB raw / ` +
          `${kB(shellJs.gzipBytes)} kB gzip in ${shellJs.files} files (budget ${kB(SHELL_BUDGET.jsRawBytes)} / ` +
          `${kB(SHELL_BUDGET.jsGzipBytes)}), CSS ${kB(shellCss.gzipBytes)} kB gzip (budget ${kB(SHELL_BUDGET.cssGzipBytes)}).`,
      ];
      process.stdout.write(
        `\n${textTable(COLUMNS, cells)}\n\n${notes.join('\n')}\n\nmarkdown:\n\n${markdownTable(COLUMNS, cells)}\n`,
      );
      const file = await writeResults(options.outDir, 'client', {
        benchmark: 'client',
        machine,
        settings: { rounds: ROUNDS, profiles: PROFILES, build: path.relative(process.cwd(), WEB_BUILD_DIR) },
        shell: { js: shellJs, css: shellCss, budget: SHELL_BUDGET, assets: shell },
        results: rows,
      });
      process.stdout.write(`\nresults: ${file}\n`);
    });
  } finally {
    await browser?.close();
  }
}

/** The sizes of the loaded assets that come from the build (the API's own answers are not bundle). */
function sized(paths: readonly string[]): AssetSize[] {
  return paths.filter((p) => p.startsWith('/_app/')).map((p) => assetSize(path.join(WEB_BUILD_DIR, p), p));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
