// `npm test`: type check, build, unit tests (vitest), end-to-end tests (Playwright in Chromium),
// then ONE closing line "N passed, N failed" that adds up every suite, for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'hoi-nghi-test-'));
const bin = (name) => path.join('node_modules', '.bin', name);
const run = (label, cmd, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

// Type checking, the lint and the build count as one check each: nothing else means much without them.
count(run('Type check (tsc)', bin('tsc'), ['-p', '.']));
// The layering (renderer and shared never reach db, Electron or Node) and typescript-eslint's checks.
count(run('Lint (eslint)', bin('eslint'), ['.']));
// One layout for all the code (npm run format writes it): a diff shows what changed, not who typed it.
count(run('Format (prettier)', bin('prettier'), ['--check', '.']));
// Exports nothing imports are dead code or a missed import: either way, not to keep.
count(run('Unused exports (knip)', bin('knip'), ['--no-progress']));
const built = run('Build', process.execPath, ['scripts/build.mjs']);
count(built);

const vitestJson = path.join(out, 'vitest.json');
run('Unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else failed++;

if (built) {
  const pwJson = path.join(out, 'playwright.json');
  run('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { PW_JSON_REPORT: pwJson });
  if (existsSync(pwJson)) {
    const report = JSON.parse(readFileSync(pwJson, 'utf8'));
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    // Errors outside any test (a spec that does not load, a broken fixture) must not pass quietly.
    if ((report.errors ?? []).length) failed++;
  } else failed++;
} else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
