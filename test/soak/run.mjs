// `npm run soak`: the long versions of the fault tests. The property tests at every contract entry
// with SOAK_FUZZ_RUNS inputs per call (default 200) and the kill tests with SOAK_KILL_RUNS kills per
// operation (default 200), each suite run once by vitest. Prints one JSON line per figure:
//   {"soak":"properties","calls":…,"runs":…,"reached":…,"failures":…,"duration_ms":…}
//   {"soak":"kill","operation":…,"runs":…,"kills":…,"during_operation":…,"saw_all":…,"saw_none":…,"failures":…,"duration_ms":…}
// and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'hoi-nghi-soak-'));
const out = path.join(dir, 'figures.jsonl');
const env = {
  ...process.env,
  SOAK_OUT: out,
  FUZZ_RUNS: process.env.SOAK_FUZZ_RUNS ?? '200',
  FUZZ_SEED: process.env.SOAK_SEED ?? String(Date.now() % 1_000_000_007),
  KILL_RUNS: process.env.SOAK_KILL_RUNS ?? '200',
  KILL_SEED: process.env.SOAK_SEED ?? String(Date.now() % 1_000_000_007),
};
console.log(`# soak: ${env.FUZZ_RUNS} inputs per contract call (seed ${env.FUZZ_SEED}), ${env.KILL_RUNS} kills per operation (seed ${env.KILL_SEED})`);
let failed = false;
for (const file of ['test/unit/contract-properties.test.ts', 'test/unit/kill.test.ts']) {
  const t0 = Date.now();
  const r = spawnSync(path.join('node_modules', '.bin', 'vitest'), ['run', file], { stdio: 'inherit', env });
  console.log(`# ${file}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - t0) / 1000)} s`);
  if (r.status !== 0) failed = true;
}
const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean) : [];
for (const line of lines) console.log(line);
rmSync(dir, { recursive: true, force: true });
process.exit(failed || lines.length === 0 ? 1 : 0);
