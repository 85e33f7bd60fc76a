import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shellAssets, totalsOf, WEB_BUILD_DIR } from './shell-assets';
import { SHELL_BUDGET } from './shell-budget';

/**
 * The shell's initial load stays within its budget. Reads the built client (like the browser tests, it needs
 * `pnpm --filter @hms/web build`), so it checks what ships, not what the sources suggest.
 */
describe("the web client shell's initial load", () => {
  const assets = shellAssets();

  it('is within its JavaScript and CSS budget', () => {
    const js = totalsOf(assets, 'js');
    const css = totalsOf(assets, 'css');
    expect(js.files).toBeGreaterThan(0); // the build links its entries: an empty list would pass any budget
    expect(js.rawBytes).toBeLessThanOrEqual(SHELL_BUDGET.jsRawBytes);
    expect(js.gzipBytes).toBeLessThanOrEqual(SHELL_BUDGET.jsGzipBytes);
    expect(css.gzipBytes).toBeLessThanOrEqual(SHELL_BUDGET.cssGzipBytes);
  });

  it('does not include the charting library, which loads with the first chart', () => {
    const manifestFile = path.resolve(WEB_BUILD_DIR, '../.svelte-kit/output/client/.vite/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
      string,
      { file: string; isDynamicEntry?: boolean }
    >;
    const runtime = manifest['src/lib/components/charts/echarts-runtime.ts'];
    expect(runtime?.isDynamicEntry).toBe(true);
    expect(assets.map((a) => a.file)).not.toContain(`/${runtime!.file}`);
  });
});
