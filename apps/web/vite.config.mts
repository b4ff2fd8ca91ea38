import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app is built into dist/web and served by the api at `/` (apps/api/src/web/serve-web-app.ts). JSX is
 * compiled by Vite's own transformer (automatic runtime): no Babel plugin needed for a production build.
 */
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The first screen's JavaScript is measured by the benchmark (bench/web.ts): keep the vendor code in one chunk.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Libraries marked "use client" for React Server Components: meaningless in a client-only app.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/auth': 'http://localhost:3000' } },
});
