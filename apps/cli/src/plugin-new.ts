import fs from 'node:fs';
import path from 'node:path';
import { workspacePackage } from './package-versions';

/** The plugin package `hms plugin new` copies: real files, built, linted and tested with the repository. */
export const PLUGIN_TEMPLATE = path.resolve(__dirname, '..', 'templates', 'plugin');

/**
 * Letters and digits only: the name is also the plugin's PostgreSQL schema and the first part of every wire name,
 * permission and route, and the kernel takes 2 to 41 characters.
 */
const PLUGIN_NAME = /^[a-z][a-z0-9]{1,40}$/;

export class ScaffoldError extends Error {}

export interface ScaffoldOptions {
  readonly name: string;
  /** Where to write the package; it must not exist or be empty. Default `./hms-plugin-<name>`. */
  readonly dir?: string;
  /** Names already in use (the installed plugins): a server enabling both would refuse to start. */
  readonly taken?: readonly string[];
}

/** Schemas that are not a plugin's to own: the kernel's, and PostgreSQL's own. */
const RESERVED = ['core', 'public', 'information_schema'];

/** Writes a new plugin package made for this repository's SDK; answers its folder and the files written. */
export function scaffoldPlugin(options: ScaffoldOptions): { dir: string; files: string[] } {
  const { name } = options;
  if (!PLUGIN_NAME.test(name)) {
    throw new ScaffoldError(
      `"${name}" is not a plugin name: 2 to 41 lower-case letters and digits, starting with a letter (it names the plugin's database schema too)`,
    );
  }
  if (RESERVED.includes(name) || options.taken?.includes(name)) {
    throw new ScaffoldError(`"${name}" is already taken (by the kernel or an installed plugin): choose another name`);
  }
  const dir = path.resolve(options.dir ?? `hms-plugin-${name}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new ScaffoldError(`${dir} exists and is not empty`);
  const sdk = workspacePackage('@hms/sdk');
  const core = workspacePackage('@hms/core');
  const [major, minor] = sdk.version.split('.');
  const sdkRange = `^${major}.${minor}.0`;

  const files = templateFiles(PLUGIN_TEMPLATE);
  for (const file of files) {
    const target = path.join(dir, file === 'gitignore' ? '.gitignore' : file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(path.join(PLUGIN_TEMPLATE, file), 'utf8');
    fs.writeFileSync(target, personalise(file, text, { name, sdkRange, sdk: sdk.version, core: core.version }));
  }
  return { dir, files: files.map((file) => (file === 'gitignore' ? '.gitignore' : file)) };
}

interface Facts {
  readonly name: string;
  readonly sdkRange: string;
  readonly sdk: string;
  readonly core: string;
}

/** The few places that carry the plugin's name or the SDK's version; every other name derives from them. */
function personalise(file: string, text: string, facts: Facts): string {
  switch (file) {
    case 'package.json': {
      const manifest = JSON.parse(text) as Record<string, Record<string, string>> & { name: string };
      manifest.name = `hms-plugin-${facts.name}`;
      manifest.peerDependencies = { ...manifest.peerDependencies, '@hms/sdk': facts.sdkRange };
      manifest.devDependencies = { ...manifest.devDependencies, '@hms/sdk': facts.sdk, '@hms/core': facts.core };
      return `${JSON.stringify(manifest, null, 2)}\n`;
    }
    case path.join('src', 'plugin-name.ts'):
      return replaceOnce(
        replaceOnce(text, /^export const PLUGIN = '[a-z0-9]+';$/m, `export const PLUGIN = '${facts.name}';`, file),
        /^export const SDK_RANGE = '[^']+';$/m,
        `export const SDK_RANGE = '${facts.sdkRange}';`,
        file,
      );
    case path.join('client', 'index.js'):
      return replaceOnce(text, /^const PLUGIN = '[a-z0-9]+';$/m, `const PLUGIN = '${facts.name}';`, file);
    case 'README.md':
      return replaceOnce(text, /^# hms-plugin-sample$/m, `# hms-plugin-${facts.name}`, file);
    default:
      return text;
  }
}

/** A template that no longer has the line to rewrite must fail loudly, not scaffold a plugin named "sample". */
function replaceOnce(text: string, pattern: RegExp, replacement: string, file: string): string {
  if (!pattern.test(text)) throw new Error(`The plugin template's ${file} has no line matching ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The template's files, relative, without what a build or install leaves in it. */
function templateFiles(root: string, dir = ''): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => !['node_modules', 'dist'].includes(entry.name))
    .flatMap((entry) =>
      entry.isDirectory() ? templateFiles(root, path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
    .sort();
}
