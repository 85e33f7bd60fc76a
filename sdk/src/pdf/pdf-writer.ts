/** A page: its size in points and its content stream (ASCII drawing operators). */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly content: string;
}

/**
 * A minimal PDF 1.4 file: catalog, page tree, the standard Helvetica and Helvetica-Bold fonts (`/F1`, `/F2`, not
 * embedded: every reader has them), an info dictionary, the pages with uncompressed content streams, and a
 * cross-reference table with exact byte offsets. Dependency-free; content streams must be ASCII (see pdfString).
 */
export function writePdf(pages: readonly PdfPage[], info: { title: string; createdAt: Date }): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const infoRef = add(
    `<< /Title ${asciiString(info.title)} /Producer (HMS) /CreationDate (${pdfDate(info.createdAt)}) >>`,
  );
  const kids = pages.map((page) => {
    const content = add(
      `<< /Length ${Buffer.byteLength(page.content, 'latin1')} >>\nstream\n${page.content}\nendstream`,
    );
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${page.width} ${page.height}] ` +
        `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  // The binary comment tells transfer tools the file is binary (PDF spec 7.5.2).
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A literal string limited to printable ASCII, for the info dictionary. */
function asciiString(text: string): string {
  return `(${text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** `D:YYYYMMDDHHmmSSZ`, the PDF date format, in UTC. */
function pdfDate(at: Date): string {
  return `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}
