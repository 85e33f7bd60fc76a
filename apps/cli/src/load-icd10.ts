import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { systemActor, type Kernel } from '@hms/core';
import { LoadIcd10Codes } from '@hms/plugin-ehr/contracts';

/** Codes per command: the command's own limit. */
const BATCH = 2000;
const CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** One code and its title per line: `code<TAB>title` or `code,title` (a header line and blank lines are skipped). */
export function parseIcd10File(text: string): { codes: { code: string; title: string }[]; skipped: number[] } {
  const codes: { code: string; title: string }[] = [];
  const skipped: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const separator = line.includes('\t') ? '\t' : ',';
    const at = line.indexOf(separator);
    const raw = (at < 0 ? line : line.slice(0, at)).trim().toUpperCase();
    // ICD-10-CM order files write codes without the dot (E119): put it back after the third character.
    const code = raw.length > 3 && !raw.includes('.') ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
    const title =
      at < 0
        ? ''
        : line
            .slice(at + 1)
            .trim()
            .replace(/^"|"$/g, '');
    if (CODE.test(code) && title !== '') codes.push({ code, title: title.slice(0, 300) });
    else if (index > 0) skipped.push(index + 1);
  });
  return { codes, skipped };
}

/**
 * Loads a hospital's ICD-10 list into the EHR's code table, in batches through the command bus (so the load is
 * an event in the record). Each batch's command id comes from the file's content and the batch number: loading
 * the same file again appends nothing.
 */
export async function loadIcd10(kernel: Kernel, path: string, out: (line: string) => void): Promise<number> {
  const text = await readFile(path, 'utf8');
  const { codes, skipped } = parseIcd10File(text);
  if (codes.length === 0) {
    out(`No ICD-10 codes found in ${path}: expected "code<TAB>title" or "code,title" lines.`);
    return 1;
  }
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 24);
  for (let start = 0; start < codes.length; start += BATCH) {
    await kernel.execute({
      type: LoadIcd10Codes.type,
      data: { codes: codes.slice(start, start + BATCH) },
      actor: systemActor(),
      commandId: `icd10:${digest}:${start / BATCH}`,
      correlationId: `icd10:${digest}`,
      source: 'cli',
    });
    out(`loaded ${Math.min(start + BATCH, codes.length)} of ${codes.length} codes`);
  }
  if (skipped.length > 0)
    out(`Skipped ${skipped.length} lines that are not a code and a title (first: line ${skipped[0]}).`);
  return 0;
}
