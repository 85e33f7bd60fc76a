import fs from 'node:fs';
import path from 'node:path';

/** A workspace package's folder and manifest, found from where Node resolves it (the built CLI and Jest alike). */
export interface WorkspacePackage {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
}

/** `@hms/sdk` and `@hms/core` as this CLI was built with them: the versions a scaffolded plugin is made for. */
export function workspacePackage(name: '@hms/sdk' | '@hms/core'): WorkspacePackage {
  // The entry is <package>/dist/index.js (or src/index.ts under Jest): its package.json is one folder up.
  const dir = fs.realpathSync(path.dirname(path.dirname(require.resolve(name))));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error(`${name} has no version in its package.json`);
  return { dir, name, version: manifest.version };
}
