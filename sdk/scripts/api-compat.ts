import { withStableUnions } from './stable-unions';
import semver from 'semver';

/** A report's recorded SDK version and its export lines, each prefixed by its entry (`@hms/sdk/pdf\tfunction …`). */
export interface ParsedReport {
  readonly version: string | null;
  readonly lines: ReadonlySet<string>;
}

/**
 * How the public surface moved between two reports. A changed line counts as removed and added, except one that
 * only widened (a type gaining optional members, a parameter taking more; see `isWidening`): that is an addition.
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
  const removed = [...previous.lines].filter((line) => !current.lines.has(line));
  const added = [...current.lines].filter((line) => !previous.lines.has(line));
  // A line that only widened (an optional member added to a type, a parameter taking more) breaks no plugin built
  // for the previous version: it is an addition, not a removal.
  const widened = new Set(removed.filter((line) => added.some((next) => isWidening(line, next))));
  return { removed: removed.filter((line) => !widened.has(line)), added };
}

/** `@hms/sdk\ttype ShellContext`, `@hms/sdk\tfunction defineCommand`: what a line declares. */
const nameOf = (line: string): string | undefined => /^[^\t]+\t\w+ [^\s:<{(]+/.exec(line)?.[0];

/** Splits at `separator` where no bracket or quote is open. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c) && !(c === '>' && text[i - 1] === '=')) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The members of a `type Name { a: A; b?: B }` line, and what precedes them. */
function membersOf(line: string): { head: string; members: string[] } | undefined {
  const open = line.indexOf(' { ');
  if (!/\ttype /.test(line) || open < 0 || !line.endsWith(' }')) return undefined;
  return { head: line.slice(0, open), members: splitTop(line.slice(open + 3, -2), '; ') };
}

/** A function line's generics, parameters and result: `function f: <T>(a: A, b?: B) => R`. */
function signatureOf(line: string): { head: string; params: string[]; result: string } | undefined {
  const match = /^([^\t]+\tfunction [^:]+: (?:<.*?>)?)\((.*)\) => (.*)$/.exec(line);
  if (!match) return undefined;
  return { head: match[1]!, params: splitTop(match[2]!, ', '), result: match[3]! };
}

const OPTIONAL_MEMBER = /^(\[[^\]]+\]|[A-Za-z_$][\w$]*)\?:/;

/**
 * Whether `next` only widens `line`: a type keeps every member and adds only optional ones; a function keeps its
 * generics, result and parameters, each parameter (by position) taking at least the types it took (`a?: string` to
 * `options?: string | Options`).
 */
export function isWidening(line: string, next: string): boolean {
  if (nameOf(line) === undefined || nameOf(line) !== nameOf(next)) return false;
  const [was, now] = [membersOf(line), membersOf(next)];
  if (was && now) {
    if (was.head !== now.head || !was.members.every((m) => now.members.includes(m))) return false;
    return now.members.filter((m) => !was.members.includes(m)).every((m) => OPTIONAL_MEMBER.test(m));
  }
  const [before, after] = [signatureOf(line), signatureOf(next)];
  if (!before || !after || before.head !== after.head || before.result !== after.result) return false;
  if (before.params.length !== after.params.length) return false;
  return before.params.every((param, i) => {
    const [wasName, wasType] = [param.slice(0, param.indexOf(':')), param.slice(param.indexOf(':') + 2)];
    const other = after.params[i]!;
    const [nowName, nowType] = [other.slice(0, other.indexOf(':')), other.slice(other.indexOf(':') + 2)];
    if (wasName.endsWith('?') && !nowName.endsWith('?')) return false;
    const taken = splitTop(nowType, ' | ');
    return splitTop(wasType, ' | ').every((type) => taken.includes(type));
  });
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
