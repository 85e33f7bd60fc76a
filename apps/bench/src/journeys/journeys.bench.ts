import { chromium, type Browser } from 'playwright-core';
import { benchAdminPassword, withApiBench } from '../lib/api-bench';
import type { BenchDatabase } from '../lib/bench-database';
import type { BenchOptions } from '../lib/options';
import { writeResults, type MachineInfo } from '../lib/results';
import { fixed, markdownTable, textTable, type Column } from '../lib/table';
import { BEFORE } from './before';
import { Journey, JOURNEY_PASSWORD, ROLE_JOURNEYS, setUpJourneys, signInForJourney } from './role-journeys';

const ROUNDS = 3;
const POOL_SIZE = 5;
/** The browser test's plugins: with staff on, a calendar needs a staff member first (not part of these journeys). */
const PLUGINS = 'patient,scheduling,adt';
/** Debian's Chromium, as the browser tests use (HMS_CHROMIUM elsewhere). */
const CHROMIUM = process.env.HMS_CHROMIUM ?? '/usr/bin/chromium';
const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'tablet', viewport: { width: 820, height: 1180 } },
] as const;

interface Row {
  readonly role: string;
  readonly journey: string;
  readonly size: string;
  readonly clicks: number;
  readonly keys: number;
  readonly secondsMedian: number;
  readonly secondsRuns: readonly number[];
}

const COLUMNS: readonly Column[] = [
  { header: 'role', align: 'left' },
  { header: 'journey', align: 'left' },
  { header: 'size', align: 'left' },
  { header: 'clicks before' },
  { header: 'clicks after' },
  { header: 'keys after' },
  { header: 's after (median)' },
];

/**
 * The journeys benchmark: each role's main journey in Chromium (the step functions the browser test runs), at
 * desktop and tablet size, timed from the signed-in home page to the journey's last page (median of a few runs),
 * with the clicks and key presses the user makes. "Before" is a fixed count, read off the screens as they were
 * before the client shell redesign (see before.ts and docs/performance.md).
 */
export async function runJourneysBenchmark(options: BenchOptions): Promise<void> {
  const header = (machine: MachineInfo, database: BenchDatabase) => [
    `journeys: each role's main journey in Chromium, ${ROUNDS} runs per size (median seconds), clicks and keys counted`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, load ${machine.loadAverage1m}`,
    `database: ${database.description}`,
  ];
  let browser: Browser | undefined;
  try {
    await withApiBench(
      POOL_SIZE,
      header,
      async ({ api, client, machine }) => {
        const fixtures = await setUpJourneys(async (method, path, body) => {
          const answer = await client.call(method, path, body);
          return { status: answer.status, body: answer.body };
        });
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          headless: true,
          // Benchmarks run as root in containers, where Chromium's sandbox cannot start.
          args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-gpu'],
        });
        const rows: Row[] = [];
        let run = 0;
        for (const journey of ROLE_JOURNEYS)
          for (const size of SIZES) {
            const seconds: number[] = [];
            let counted = { clicks: 0, keys: 0 };
            for (let round = 0; round < ROUNDS; round++) {
              const context = await browser.newContext({ viewport: size.viewport, locale: 'en-GB', timezoneId: 'UTC' });
              try {
                const page = await context.newPage();
                const username = journey.username(fixtures);
                const password = username === 'admin' ? benchAdminPassword() : JOURNEY_PASSWORD;
                await signInForJourney(page, api.url.origin, username, password);
                const j = new Journey(page, api.url.origin, async () => undefined);
                const started = performance.now();
                await journey.steps(j, run++);
                seconds.push((performance.now() - started) / 1000);
                counted = { clicks: j.clicks, keys: j.keys };
              } finally {
                await context.close();
              }
            }
            const row = { role: journey.role, journey: journey.journey, size: size.name, ...counted };
            rows.push({ ...row, secondsMedian: median(seconds), secondsRuns: seconds.map((s) => Number(fixed(s, 2))) });
            process.stdout.write(
              `  ${journey.role.padEnd(14)} ${size.name.padEnd(8)} ${fixed(median(seconds), 2)} s\n`,
            );
          }
        const cells = rows.map((r) => {
          const before = BEFORE[r.role];
          return [
            r.role,
            r.journey,
            r.size,
            before ? String(before.clicks) : '–',
            String(r.clicks),
            String(r.keys),
            fixed(r.secondsMedian, 2),
          ];
        });
        const notes = [
          'clicks: pointer actions (a select counts 2: open, choose); keys: characters typed; the sign-in is not counted.',
          'before: counted on the screens of the commit named in before.ts (– : no screens for it then), not measured;',
          '  after: measured in this run, from the signed-in home page to the last page of the journey.',
        ];
        process.stdout.write(
          `\n${textTable(COLUMNS, cells)}\n\n${notes.join('\n')}\n\nmarkdown:\n\n${markdownTable(COLUMNS, cells)}\n`,
        );
        const file = await writeResults(options.outDir, 'journeys', {
          benchmark: 'journeys',
          machine,
          settings: { rounds: ROUNDS, sizes: SIZES },
          before: BEFORE,
          results: rows,
        });
        process.stdout.write(`\nresults: ${file}\n`);
      },
      PLUGINS,
    );
  } finally {
    await browser?.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
