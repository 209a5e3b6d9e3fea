// `npm run bench [-- name…]`: runs every test/bench/*.bench.ts (or those whose name contains one of
// the given words), each bundled with esbuild like the main process and run with Node on its own.
// Each benchmark prints its figures, one JSON line per figure. Exits non-zero if any run failed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => filters.length === 0 || filters.some((w) => name.includes(w)))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}.`);
  process.exit(1);
}
// Inside node_modules, so each bundle resolves the packages it leaves out (better-sqlite3, playwright).
const out = path.join(root, 'node_modules/.cache/hoi-nghi-bench');
mkdirSync(out, { recursive: true });
let failed = 0;
for (const name of benches) {
  const file = path.join(out, `${name}.cjs`);
  await build({
    entryPoints: [path.join(here, `${name}.bench.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'playwright-core', '@playwright/test', 'electron', 'esbuild'],
    logLevel: 'warning',
  });
  console.log(`# ${name}`);
  // --expose-gc lets a benchmark start each measurement with a collected heap (less noise).
  const r = spawnSync(process.execPath, [file], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`# ${name} failed (exit ${r.status ?? r.signal})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
