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
  },
};
