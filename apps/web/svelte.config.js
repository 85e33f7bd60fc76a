import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A single-page app: every route renders in the browser; the API serves index.html for the client's routes. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ fallback: 'index.html', strict: false }),
    // The plugins' contract with the web client, from source (browser-safe, no build of the SDK needed).
    alias: { '@hms/sdk/client': '../../sdk/src/client/index.ts' },
    typescript: {
      // The built-in plugins' client parts are compiled into this app, so they are type-checked with it, their bare
      // imports (svelte, yjs…) resolving to this app's packages, as Vite's `resolve.dedupe` does for the build.
      config: (config) => ({
        ...config,
        include: [...config.include, '../../../plugins/*/client/**/*.ts', '../../../plugins/*/client/**/*.svelte'],
        compilerOptions: {
          ...config.compilerOptions,
          paths: { ...config.compilerOptions.paths, '*': ['../node_modules/*'] },
        },
      }),
    },
  },
};
