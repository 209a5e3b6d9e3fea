// Property tests at every entry of the contract: random, hostile and mutated-valid inputs through
// the real dispatch on a seeded data file. Every call of the contract gets its runs (a new call is
// covered by being in the contract); `npm run soak` runs many more (FUZZ_RUNS, FUZZ_SEED).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames } from '../../shared/contract';
import { copySeed, fuzzCall, seedFile, type CallFigures } from './helpers/contract-fuzz';
import type { Known } from './helpers/schema-arb';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let seedPath = '';
let known: Known;
let seedDir = '';
const figures = new Map<string, CallFigures>();
const failures: string[] = [];
const t0 = performance.now();

describe(`every contract call takes hostile input (fast-check seed ${SEED}, ${RUNS} runs per call)`, () => {
  beforeAll(async () => {
    // Its own folder for the whole file: the helpers' tempDir is emptied after each test.
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-fuzz-'));
    seedPath = path.join(seedDir, 'seed', 'hoi-nghi.sqlite');
    known = await seedFile(seedPath);
  }, 60_000);
  afterAll(() => {
    fs.rmSync(seedDir, { recursive: true, force: true });
    if (process.env.SOAK_OUT) {
      const all = [...figures.values()];
      const line = {
        soak: 'properties',
        seed: SEED,
        calls: figures.size,
        runs: all.reduce((n, f) => n + f.runs, 0),
        reached: all.reduce((n, f) => n + f.reached, 0),
        failures: failures.length,
        failed: failures.map((f) => f.slice(0, 300)),
        duration_ms: Math.round(performance.now() - t0),
      };
      fs.appendFileSync(process.env.SOAK_OUT, `${JSON.stringify(line)}\n`);
    }
  });

  it.each(callNames)(
    '%s',
    async (name) => {
      const copy = copySeed(seedPath, path.join(seedDir, name));
      try {
        figures.set(name, await fuzzCall(name, copy, known, RUNS, SEED));
      } catch (e) {
        const message = `${name} (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}): ${e instanceof Error ? e.message : String(e)}`;
        failures.push(message);
        throw new Error(message);
      }
    },
    30_000 + RUNS * 1000,
  );

  it('covered every call of the contract, and reached the handler of each', () => {
    if (failures.length) return;
    const missing = callNames.filter((n) => !figures.get(n)?.runs);
    expect(missing).toEqual([]);
    // The validator let at least one input through to every handler: the properties hold past it too.
    const neverReached = callNames.filter((n) => !figures.get(n)!.reached);
    expect(neverReached).toEqual([]);
  });
});
