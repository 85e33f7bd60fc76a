import fs from 'node:fs';
import path from 'node:path';
import { compatibilityProblems, diffReports, parseReport, requiredBump } from './api-compat';
import { apiReport, sdkEntries } from './api-report';

/** A report as api-report.ts writes it, from export lines per entry. */
function report(version: string | null, entries: Record<string, string[]>): string {
  const sections = Object.entries(entries).map(
    ([name, lines]) => `## ${name}\n\n\`\`\`ts\n${lines.join('\n')}\n\`\`\`\n`,
  );
  return `# @hms/sdk API report\n\n${version ? `SDK version: ${version}\n\n` : ''}${sections.join('\n')}`;
}

const DEFINE_JOB = 'function defineJob: (job: JobInput) => JobDefinition';
const DEFINE_REPORT = 'function defineReport: (report: ReportInput) => ReportDefinition';
const BASE = report('2.7.0', { '@hms/sdk': [DEFINE_JOB, 'const z: Zod'], '@hms/sdk/pdf': ['function pdf: () => Pdf'] });

describe('classifying a change of the API report', () => {
  it('reads the recorded version and each entry’s lines', () => {
    const parsed = parseReport(BASE);
    expect(parsed.version).toBe('2.7.0');
    expect([...parsed.lines]).toEqual([
      `@hms/sdk\t${DEFINE_JOB}`,
      '@hms/sdk\tconst z: Zod',
      '@hms/sdk/pdf\tfunction pdf: () => Pdf',
    ]);
  });

  it('reads a union of string literals printed in another order as the same line', () => {
    // The checker prints a union's members in the order their types were first created anywhere in the program.
    const before = report('2.7.0', { '@hms/sdk/client': ['type Notice { status: "completed" | "failed" }'] });
    const after = report('2.7.0', { '@hms/sdk/client': ['type Notice { status: "failed" | "completed" }'] });
    expect(diffReports(parseReport(before), parseReport(after))).toEqual({ removed: [], added: [] });
    const narrowed = report('2.7.0', { '@hms/sdk/client': ['type Notice { status: "failed" }'] });
    expect(requiredBump(diffReports(parseReport(before), parseReport(narrowed)))).toBe('major');
  });

  it('a changed line is a removal and an addition; the same line under another entry is too', () => {
    const changed = report('2.7.0', {
      '@hms/sdk': ['function defineJob: (job: JobInput, options: Options) => JobDefinition', 'const z: Zod'],
      '@hms/sdk/pdf': [],
      '@hms/sdk/other': ['function pdf: () => Pdf'],
    });
    const diff = diffReports(parseReport(BASE), parseReport(changed));
    expect(diff.removed).toEqual([`@hms/sdk\t${DEFINE_JOB}`, '@hms/sdk/pdf\tfunction pdf: () => Pdf']);
    expect(diff.added).toHaveLength(2);
    expect(requiredBump(diff)).toBe('major');
  });

  it('counts a type that only gained optional members as an addition, and any other member change as a change', () => {
    const before = report('2.7.0', { '@hms/sdk': ['type Manifest { name: string; run: (a: A<B>) => void }'] });
    const gained = report('2.7.0', {
      '@hms/sdk': ['type Manifest { name: string; run: (a: A<B>) => void; extra?: readonly Extra[] | undefined }'],
    });
    const required = report('2.7.0', {
      '@hms/sdk': ['type Manifest { name: string; run: (a: A<B>) => void; extra: readonly Extra[] }'],
    });
    const retyped = report('2.7.0', { '@hms/sdk': ['type Manifest { name?: string; run: (a: A<B>) => void }'] });
    expect(requiredBump(diffReports(parseReport(before), parseReport(gained)))).toBe('minor');
    expect(requiredBump(diffReports(parseReport(before), parseReport(required)))).toBe('major');
    expect(requiredBump(diffReports(parseReport(before), parseReport(retyped)))).toBe('major');
  });

  it('counts a line that only widened as an addition: an optional member, a parameter taking more', () => {
    const before = report('2.8.0', {
      '@hms/sdk': [
        'type Shell { plugin: string; can: (permission: string) => boolean }',
        'function defineCommand: <T extends MessageType>(type: T, description?: string) => CommandDefinition<T>',
      ],
    });
    const widened = report('2.9.0', {
      '@hms/sdk': [
        'type Shell { plugin: string; queue?: ((command: string) => Promise<void>) | undefined; can: (permission: string) => boolean }',
        'function defineCommand: <T extends MessageType>(type: T, options?: string | CommandOptions) => CommandDefinition<T>',
      ],
    });
    expect(requiredBump(diffReports(parseReport(before), parseReport(widened)))).toBe('minor');
    for (const breaking of [
      // a required member: every implementation of the type breaks
      'type Shell { plugin: string; queue: (command: string) => Promise<void>; can: (permission: string) => boolean }',
      // a member gone
      'type Shell { plugin: string }',
      // a parameter narrowed, or made required
      'function defineCommand: <T extends MessageType>(type: T, options?: CommandOptions) => CommandDefinition<T>',
      'function defineCommand: <T extends MessageType>(type: T, options: string | CommandOptions) => CommandDefinition<T>',
    ]) {
      const name = breaking.startsWith('type') ? 0 : 1;
      const lines = [...parseReport(widened).lines].map((l) => l.split('\t')[1]!);
      lines[name] = breaking;
      const after = report('2.9.0', { '@hms/sdk': lines });
      expect(requiredBump(diffReports(parseReport(before), parseReport(after)))).toBe('major');
    }
  });

  const removed = report('2.7.0', { '@hms/sdk': ['const z: Zod'], '@hms/sdk/pdf': ['function pdf: () => Pdf'] });
  const changed = BASE.replace(DEFINE_JOB, 'function defineJob: (job: JobInput) => Promise<JobDefinition>');
  const added = BASE.replace(DEFINE_JOB, `${DEFINE_JOB}\n${DEFINE_REPORT}`);

  it.each`
    change       | current    | version    | ok
    ${'none'}    | ${BASE}    | ${'2.7.0'} | ${true}
    ${'none'}    | ${BASE}    | ${'2.7.1'} | ${true}
    ${'none'}    | ${BASE}    | ${'2.6.9'} | ${false}
    ${'added'}   | ${added}   | ${'2.7.0'} | ${false}
    ${'added'}   | ${added}   | ${'2.7.1'} | ${false}
    ${'added'}   | ${added}   | ${'2.8.0'} | ${true}
    ${'added'}   | ${added}   | ${'3.0.0'} | ${true}
    ${'removed'} | ${removed} | ${'2.7.0'} | ${false}
    ${'removed'} | ${removed} | ${'2.8.0'} | ${false}
    ${'removed'} | ${removed} | ${'3.0.0'} | ${true}
    ${'changed'} | ${changed} | ${'2.8.0'} | ${false}
    ${'changed'} | ${changed} | ${'3.0.0'} | ${true}
  `('an export $change at SDK $version: compatible is $ok', ({ current, version, ok }) => {
    expect(compatibilityProblems(BASE, current, version).length === 0).toBe(ok);
  });

  it('names what was removed and the version that would allow it', () => {
    const [problem] = compatibilityProblems(BASE, removed, '2.8.0');
    expect(problem).toContain('needs SDK 3.0.0');
    expect(problem).toContain(`@hms/sdk: ${DEFINE_JOB}`);
  });

  it('refuses a report that records no version', () => {
    expect(compatibilityProblems(report(null, { '@hms/sdk': [] }), BASE, '2.7.0')).toEqual([
      expect.stringContaining('records no SDK version'),
    ]);
  });
});

/**
 * The check on a deliberately incompatible change of the real SDK: a copy of sdk/src (beside it, so `zod` and the
 * other dependencies resolve as they do for the original) loses an export, and the report made from the copy is held
 * against the checked-in report.
 */
describe('the API check on a copy of the SDK', () => {
  const sdk = path.join(__dirname, '..');
  const checkedIn = fs.readFileSync(path.join(sdk, 'report.api.md'), 'utf8');
  const version = parseReport(checkedIn).version!;
  let copy: string;

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(sdk, '.api-copy-'));
    // Without the specs: the copy is a source tree, not tests for Jest to find.
    fs.cpSync(path.join(sdk, 'src'), copy, { recursive: true, filter: (file) => !file.endsWith('.spec.ts') });
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  const reportOfCopy = (version: string): string => apiReport(sdkEntries(copy), version);

  it('passes the unchanged copy at the same version', () => {
    expect(compatibilityProblems(checkedIn, reportOfCopy(version), version)).toEqual([]);
  }, 60_000);

  it('fails when an export is removed without a major bump, and passes with one', () => {
    const index = path.join(copy, 'index.ts');
    const source = fs.readFileSync(index, 'utf8');
    expect(source).toContain("export { defineJob, defineReport } from './jobs';");
    fs.writeFileSync(
      index,
      source.replace("export { defineJob, defineReport } from './jobs';", "export { defineReport } from './jobs';"),
    );
    const minor = version.replace(
      /^(\d+)\.(\d+)\.\d+$/,
      (_, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`,
    );
    const major = `${Number(version.split('.')[0]) + 1}.0.0`;
    const withoutDefineJob = reportOfCopy(version);

    const [atSameVersion] = compatibilityProblems(checkedIn, withoutDefineJob, version);
    expect(atSameVersion).toMatch(/^exports were removed or changed/);
    expect(atSameVersion).toContain('@hms/sdk: function defineJob:');
    expect(compatibilityProblems(checkedIn, withoutDefineJob, minor)).toHaveLength(1);
    expect(compatibilityProblems(checkedIn, withoutDefineJob, major)).toEqual([]);
  }, 60_000);
});
