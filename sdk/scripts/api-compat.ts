import { withStableUnions } from './stable-unions';
import { onlyGainedOptionalMembers } from './type-members';
import semver from 'semver';

/** A report's recorded SDK version and its export lines, each prefixed by its entry (`@hms/sdk/pdf\tfunction …`). */
export interface ParsedReport {
  readonly version: string | null;
  readonly lines: ReadonlySet<string>;
}

/**
 * How the public surface moved between two reports. A changed line counts as removed and added, except a type that
 * only gained optional members (a plugin's manifest gaining an optional list): that is an addition.
 */
export interface ApiDiff {
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

const VERSION_LINE = /^SDK version: (\S+)$/m;

/** The line every report carries: the SDK version it was generated for. */
export const versionLine = (version: string): string => `SDK version: ${version}`;

export function parseReport(report: string): ParsedReport {
  const version = VERSION_LINE.exec(report)?.[1] ?? null;
  const lines = new Set<string>();
  let entry: string | undefined;
  let inBlock = false;
  for (const line of report.split('\n')) {
    if (line.startsWith('## ')) entry = line.slice(3).trim();
    else if (line.startsWith('```')) inBlock = !inBlock;
    else if (inBlock && entry && line.trim()) lines.add(`${entry}\t${withStableUnions(line)}`);
  }
  return { version, lines };
}

export function diffReports(previous: ParsedReport, current: ParsedReport): ApiDiff {
  const added = [...current.lines].filter((line) => !previous.lines.has(line));
  return {
    removed: [...previous.lines].filter(
      (line) => !current.lines.has(line) && !added.some((now) => onlyGainedOptionalMembers(line, now)),
    ),
    added,
  };
}

/** What semver asks of the version for this diff. */
export function requiredBump(diff: ApiDiff): 'major' | 'minor' | 'none' {
  if (diff.removed.length > 0) return 'major';
  return diff.added.length > 0 ? 'minor' : 'none';
}

/**
 * Why `version` cannot ship the current surface, compared with the checked-in report (empty when it can): a removed
 * or changed export needs a higher major, an added one at least a higher minor (or major), and no version may go
 * backwards. The report names the version it was generated for, so the check needs no history.
 */
export function compatibilityProblems(previousReport: string, currentReport: string, version: string): string[] {
  const previous = parseReport(previousReport);
  if (!previous.version || !semver.valid(previous.version))
    return [`report.api.md records no SDK version ("${versionLine('x.y.z')}"): regenerate it`];
  if (!semver.valid(version)) return [`"${version}" is not a semver version`];
  const diff = diffReports(previous, parseReport(currentReport));
  const was = previous.version;
  const shown = (lines: readonly string[]): string => lines.map((line) => `\n  ${line.replace('\t', ': ')}`).join('');
  const problems: string[] = [];
  if (semver.lt(version, was)) problems.push(`the SDK version went backwards, from ${was} to ${version}`);
  const bump = requiredBump(diff);
  if (bump === 'major' && semver.major(version) <= semver.major(was)) {
    problems.push(
      `exports were removed or changed since SDK ${was}, which breaks plugins built for it: that needs SDK ${semver.inc(was, 'major')} (sdk/package.json says ${version}). Removed or changed:${shown(diff.removed)}`,
    );
  }
  if (bump === 'minor' && !(semver.major(version) > semver.major(was) || semver.minor(version) > semver.minor(was))) {
    problems.push(
      `exports were added since SDK ${was}: that needs at least SDK ${semver.inc(was, 'minor')} (sdk/package.json says ${version}), so a plugin using them can require it. Added:${shown(diff.added)}`,
    );
  }
  return problems;
}
