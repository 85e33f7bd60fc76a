import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compatibilityProblems } from '../scripts/api-compat';
import { apiReport, sdkEntries } from '../scripts/api-report';

const REPORT = path.join(__dirname, '..', 'report.api.md');
/** The one source of the SDK's version: what is published, and what the kernel checks plugins' `sdk` ranges against. */
const VERSION = (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

/**
 * The SDK's public surface is a contract with every vendor's plugin: any change to it must be seen in review, and
 * the version must say what kind of change it is. report.api.md records the surface and the version it was made
 * for; this fails when an export was removed or changed without a major bump, or added without a minor one, and
 * when the report is not the current surface. After an intended change: bump sdk/package.json as semver says, then
 * `UPDATE_API_REPORT=1 npx jest sdk/src/api-report` (it refuses to write a report the version does not justify).
 */
describe('SDK API report', () => {
  let checkedIn: string;
  let current: string;
  beforeAll(() => {
    checkedIn = readFileSync(REPORT, 'utf8');
    current = apiReport(sdkEntries(__dirname), VERSION);
  }, 60_000);

  it('covers every entry point package.json exports', () => {
    const { exports } = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const entries = Object.keys(exports)
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => (subpath === '.' ? '@hms/sdk' : `@hms/sdk/${subpath.slice(2)}`));
    expect(Object.keys(sdkEntries(__dirname)).sort()).toEqual(entries.sort());
  });

  it(`the version (${VERSION}) says what changed since the checked-in report`, () => {
    expect(compatibilityProblems(checkedIn, current, VERSION)).toEqual([]);
  });

  it('matches report.api.md', () => {
    if (process.env.UPDATE_API_REPORT === '1' && compatibilityProblems(checkedIn, current, VERSION).length === 0) {
      writeFileSync(REPORT, current);
      checkedIn = current;
    }
    expect(current).toBe(checkedIn);
  });
});
