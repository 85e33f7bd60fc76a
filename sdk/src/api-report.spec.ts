import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiReport } from '../scripts/api-report';

const REPORT = path.join(__dirname, '..', 'report.api.md');

/**
 * The SDK's public surface is a contract with every vendor's plugin: any change to it must be seen in review.
 * This test fails when the exports differ from report.api.md; refresh the report with
 * `UPDATE_API_REPORT=1 npx jest sdk/src/api-report` and bump the SDK version as semver says.
 */
describe('SDK API report', () => {
  it('matches report.api.md', () => {
    const current = apiReport({
      '@hms/sdk': path.join(__dirname, 'index.ts'),
      '@hms/sdk/pdf': path.join(__dirname, 'pdf', 'index.ts'),
    });
    if (process.env.UPDATE_API_REPORT === '1') writeFileSync(REPORT, current);
    expect(current).toBe(readFileSync(REPORT, 'utf8'));
  }, 60_000);
});
