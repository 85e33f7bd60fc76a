import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once; injected through the DevTools protocol, outside the page's CSP. */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility rule broken on a page: the rule, how bad, and where (CSS selectors of the nodes). */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core (WCAG 2 A and AA rules and best practices) on what the page shows now and answers the critical and
 * serious violations: a test expects none (`expect(await seriousViolations(page)).toEqual([])`), so the failure
 * lists each rule with the nodes that break it.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}
