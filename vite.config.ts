import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  // The renderer's fflate without blob: workers (the CSP refuses them): see the file.
  resolve: { alias: [{ find: /^fflate$/, replacement: fileURLToPath(new URL('./renderer/print/badges/fflate-in-worker.ts', import.meta.url)) }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
