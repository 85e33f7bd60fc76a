import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    // The built-in plugins' client parts (plugins/*/client) are compiled in here; their imports of these packages
    // resolve to the web client's own copies (a plugin folder has no node_modules of its own for them).
    dedupe: [
      'svelte',
      'openapi-fetch',
      'yjs',
      'y-protocols',
      'y-websocket',
      'y-indexeddb',
      'y-prosemirror',
      'prosemirror-commands',
      'prosemirror-keymap',
      'prosemirror-model',
      'prosemirror-state',
      'prosemirror-transform',
      'prosemirror-view',
    ],
  },
  server: {
    // `pnpm --filter @hms/web dev` against a local API: same origin for the session cookie.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/health': 'http://127.0.0.1:3000',
      '/collab': { target: 'ws://127.0.0.1:3000', ws: true }, // co-edited notes (y-websocket)
    },
  },
  test: {
    // The built-in plugins' client parts carry their tests beside their code.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', '../../plugins/*/client/**/*.test.ts'],
    environment: 'node',
  },
});
