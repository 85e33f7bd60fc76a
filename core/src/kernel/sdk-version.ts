/**
 * The version of the SDK this kernel runs, read from @hms/sdk's own package.json: the one place it is written, so
 * the version published and the version plugins' `sdk` ranges are checked against cannot drift. A `require` of the
 * package's exported `./package.json` resolves the same from the built kernel and under Jest.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON, outside tsc's rootDir (see above)
export const SDK_VERSION: string = versionOf(require('@hms/sdk/package.json'));

function versionOf(manifest: unknown): string {
  const version = (manifest as { version?: unknown } | null)?.version;
  if (typeof version !== 'string') throw new Error('@hms/sdk/package.json has no version');
  return version;
}
