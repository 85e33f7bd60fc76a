import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKernel, type Kernel } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { ehrPlugin } from '@hms/plugin-ehr';
import { loadIcd10, parseIcd10File } from './load-icd10';

describe(parseIcd10File.name, () => {
  it('reads tab- and comma-separated lines, restores the dot of undotted codes, and names the lines it skips', () => {
    const { codes, skipped } = parseIcd10File(
      'code,title\nA000\tCholera due to Vibrio cholerae 01, biovar cholerae\nQ90.9,"Down syndrome, unspecified"\n\nnonsense\n',
    );
    expect(codes).toEqual([
      { code: 'A00.0', title: 'Cholera due to Vibrio cholerae 01, biovar cholerae' },
      { code: 'Q90.9', title: 'Down syndrome, unspecified' },
    ]);
    expect(skipped).toEqual([5]);
  });
});

describe(loadIcd10.name, () => {
  let database: TestDatabase;
  let kernel: Kernel;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    kernel = await bootKernel({
      installed: [ehrPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
    });
    dir = await mkdtemp(join(tmpdir(), 'hms-icd10-'));
  });
  afterAll(async () => {
    await kernel?.close();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads every code of the file in batches, and loading the same file again appends nothing', async () => {
    const lines = Array.from(
      { length: 2500 },
      (_, i) =>
        `Z${String(10 + Math.floor(i / 100)).padStart(2, '0')}.${String(i % 100).padStart(2, '0')}\tTest code ${i}`,
    );
    const file = join(dir, 'icd10.tsv');
    await writeFile(file, lines.join('\n'));
    const out: string[] = [];
    expect(await loadIcd10(kernel, file, (line) => out.push(line))).toBe(0);
    expect(out).toEqual(['loaded 2000 of 2500 codes', 'loaded 2500 of 2500 codes']);
    const loaded = await kernel.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM ehr.icd10_codes WHERE source = 'loaded'",
    );
    expect(Number(loaded[0]?.n)).toBe(2500);
    expect(await loadIcd10(kernel, file, () => undefined)).toBe(0);
    const events = await kernel.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM core.events WHERE event_type = 'ehr.Icd10CodesLoaded'",
    );
    expect(Number(events[0]?.n)).toBe(2);
  });
});
