/**
 * Child processes of the suite and the benchmarks (kill tests, the two-desk run): a TypeScript
 * entry bundled once into one .cjs, then spawned with plain Node and the project's native modules.
 * Bundled because a child under vitest's loader would be a different program from the one shipped.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/** Bundles `entry` (an absolute .ts path) into `outDir`, once per process and entry. */
export function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  let done = bundles.get(outfile);
  if (!done) {
    done = build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
    }).then(() => outfile);
    bundles.set(outfile, done);
  }
  return done;
}

/** Spawns a bundled child; `root` is the project folder whose node_modules hold better-sqlite3. */
export function spawnChild(js: string, args: string[], root = process.cwd()): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [js, ...args], {
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
