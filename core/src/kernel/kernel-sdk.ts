import Module from 'node:module';

/** `@hms/sdk` and its subpaths (`@hms/sdk/testing`, `@hms/sdk/client`…). */
const SDK_REQUEST = /^@hms\/sdk(?:\/.*)?$/;

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename };
let shared = false;

/**
 * Makes every `require('@hms/sdk…')` in this process load the kernel's own SDK, whoever asks. A plugin loaded by
 * path or package name (HMS_PLUGINS) has `@hms/sdk` as a peer dependency: the kernel is the host that provides it,
 * and the manifest check holds the plugin's `sdk` range against exactly that version. Without this, a plugin folder
 * with its own copy (installed to build and test it) would run on that copy, whose error classes the kernel does
 * not recognise (a refusal would answer 500, not 422), and a plugin installed without its dev dependencies would
 * not find the SDK at all. Only the SDK is redirected; the plugin's other dependencies stay its own.
 */
export function shareKernelSdk(): void {
  if (shared) return;
  shared = true;
  const resolve = loader._resolveFilename;
  // Resolved from this file, i.e. from the kernel's own dependencies.
  const kernelModule = module;
  loader._resolveFilename = function (request, parent, isMain, options) {
    if (SDK_REQUEST.test(request)) return resolve.call(this, request, kernelModule, false);
    return resolve.call(this, request, parent, isMain, options);
  };
}
