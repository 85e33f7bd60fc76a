import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inlineScriptHashes } from './web-client';

describe(inlineScriptHashes.name, () => {
  it('answers the CSP hash of each inline script of the built pages, not of scripts loaded by src', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hms-web-'));
    const boot = '\n  start(app);\n';
    writeFileSync(
      path.join(root, 'index.html'),
      `<html><script src="/a.js"></script><div><script>${boot}</script></div></html>`,
    );
    const expected = `'sha256-${createHash('sha256').update(boot).digest('base64')}'`;
    expect(inlineScriptHashes(root)).toEqual([expected]);
    expect(inlineScriptHashes(undefined)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
