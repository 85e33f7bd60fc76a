/** What {@link readPdf} found. */
export interface PdfStructure {
  readonly version: string;
  readonly objectCount: number;
  /** /Count of the page tree. */
  readonly pageCount: number;
  /** The strings each page shows (its `(…) Tj` operands, unescaped), in order. */
  readonly pageTexts: string[][];
  readonly title: string | undefined;
}

/**
 * Reads a PDF the way a reader starts to, failing on anything malformed: the header, `startxref`, the xref table
 * (every in-use entry must point at its own `n 0 obj`), the trailer's /Size and /Root, the catalog, the page tree
 * and each page's content stream (its /Length must land on `endstream`). For tests: simple uncompressed PDFs
 * only, such as `renderPdf` writes.
 * @example
 * const pdf = readPdf(await summaryPdf());
 * expect(pdf.pageTexts[0]).toContain('Diagnoses');
 */
export function readPdf(file: Buffer): PdfStructure {
  const text = file.toString('latin1');
  const fail = (why: string): never => {
    throw new Error(`Malformed PDF: ${why}`);
  };
  const version = /^%PDF-(\d\.\d)\n/.exec(text)?.[1] ?? fail('no %PDF header');
  const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(text) ?? fail('no startxref at the end');
  const xrefAt = Number(tail[1]);
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt)) ?? fail('startxref does not point at an xref table');
  const size = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const objects = new Map<number, string>();
  for (let i = 0; i < size; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20);
    const match =
      /^(\d{10}) (\d{5}) ([nf])(\r\n| \n| \r)$/.exec(entry) ??
      fail(`xref entry ${i} is not 20 bytes: ${JSON.stringify(entry)}`);
    if (match[3] === 'f') continue;
    const offset = Number(match[1]);
    const header = `${i} 0 obj\n`;
    if (!text.startsWith(header, offset)) fail(`object ${i} is not at offset ${offset}`);
    const end = text.indexOf('\nendobj', offset);
    if (end < 0) fail(`object ${i} has no endobj`);
    objects.set(i, text.slice(offset + header.length, end));
  }
  const trailer =
    /trailer\n<<(.*?)>>\nstartxref/s.exec(text.slice(entriesAt + size * 20)) ?? fail('no trailer after the xref table');
  if (Number(/\/Size (\d+)/.exec(trailer[1]!)?.[1]) !== size) fail('trailer /Size differs from the xref table');
  const ref = (body: string, key: string): string => {
    const id = Number(new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1] ?? fail(`no /${key} reference`));
    return objects.get(id) ?? fail(`/${key} points at missing object ${id}`);
  };
  const catalog = ref(trailer[1]!, 'Root');
  if (!catalog.includes('/Type /Catalog')) fail('/Root is not a catalog');
  const pages = ref(catalog, 'Pages');
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pages)?.[1] ?? fail('no /Kids')).matchAll(/(\d+) 0 R/g)].map((m) =>
    Number(m[1]),
  );
  const pageCount = Number(/\/Count (\d+)/.exec(pages)?.[1] ?? fail('no /Count'));
  if (pageCount !== kids.length) fail(`/Count ${pageCount} but ${kids.length} kids`);
  const pageTexts = kids.map((kid) => {
    const page = objects.get(kid) ?? fail(`page ${kid} missing`);
    if (!page.includes('/Type /Page ') || !/\/MediaBox \[0 0 \d+ \d+\]/.test(page)) fail(`object ${kid} is not a page`);
    const content = ref(page, 'Contents');
    const length = Number(/^<< \/Length (\d+) >>\nstream\n/.exec(content)?.[1] ?? fail('content without /Length'));
    const start = content.indexOf('stream\n') + 'stream\n'.length;
    if (content.slice(start + length) !== '\nendstream')
      fail(`content of page ${kid}: /Length ${length} does not end at endstream`);
    return [...content.slice(start, start + length).matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => unescape(m[1]!));
  });
  const info = /\/Info (\d+) 0 R/.exec(trailer[1]!);
  const title = info ? /\/Title \(((?:\\.|[^\\)])*)\)/.exec(objects.get(Number(info[1])) ?? '')?.[1] : undefined;
  return {
    version,
    objectCount: size - 1,
    pageCount,
    pageTexts,
    title: title === undefined ? undefined : unescape(title),
  };
}

/** A PDF literal string's text (WinAnsi read as Latin-1, close enough for tests). */
function unescape(literal: string): string {
  return literal.replace(/\\([0-7]{3}|.)/g, (_, c: string) =>
    c.length === 3 ? String.fromCharCode(parseInt(c, 8)) : c,
  );
}
