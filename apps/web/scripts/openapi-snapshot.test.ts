import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const snapshot = require('./openapi-snapshot.cjs') as {
  currentDocumentText(): string;
  committedDocumentText(): string;
};
const STALE = 'stale: run `pnpm --filter @hms/web generate:api` and commit openapi.json and src/lib/api/schema.d.ts';

// The client is typed against a committed copy of the server's OpenAPI document. These fail when the server's
// routes or schemas changed and the copy (or the types generated from it) did not follow.
describe('the committed API description', () => {
  it('is the document the server code produces', () => {
    expect(snapshot.committedDocumentText(), STALE).toBe(snapshot.currentDocumentText());
  });

  it('is what src/lib/api/schema.d.ts was generated from', async () => {
    const schemaFile = path.join(import.meta.dirname, '..', 'src', 'lib', 'api', 'schema.d.ts');
    const generated = astToString(await openapiTS(JSON.parse(snapshot.committedDocumentText())));
    const strip = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim(); // the CLI's file header
    expect(strip(readFileSync(schemaFile, 'utf8')), STALE).toBe(strip(generated));
  });
});
