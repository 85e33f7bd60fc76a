import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    // `pnpm --filter @hms/web dev` against a local API: same origin for the session cookie.
    proxy: {
      '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000',
      '/collab': { target: 'ws://127.0.0.1:3000', ws: true }, // co-edited notes (y-websocket)
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
