// Builds everything `npm start`, `npm run preview` and the tests run: the renderer with Vite,
// and the main process, preload and preview server with esbuild into dist/.
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { build as vite } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv[2]; // 'renderer' | 'node' | undefined (both)

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // better-sqlite3 is native and stays a real module; electron is provided by the runtime.
  external: ['electron', 'better-sqlite3'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

if (only !== 'renderer') {
  await Promise.all([
    esbuild({ ...common, entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
    // The sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild({
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outdir: 'dist/electron',
      outExtension: { '.js': '.cjs' },
      target: 'chrome130',
    }),
    esbuild({ ...common, entryPoints: { preview: 'electron/preview/cli.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  ]);
}
if (only !== 'node') {
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
