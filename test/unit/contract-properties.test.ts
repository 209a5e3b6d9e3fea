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

describe(`every contract call takes hostile input (fast-check seed ${SEED}, ${RUNS} runs per call)`, () => {
  beforeAll(async () => {
    // Its own folder for the whole file: the helpers' tempDir is emptied after each test.
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-fuzz-'));
    seedPath = path.join(seedDir, 'seed', 'hoi-nghi.sqlite');
    known = await seedFile(seedPath);
  }, 60_000);
  afterAll(() => fs.rmSync(seedDir, { recursive: true, force: true }));

  it.each(callNames)(
    '%s',
    async (name) => {
      const copy = copySeed(seedPath, path.join(seedDir, name));
      try {
        figures.set(name, await fuzzCall(name, copy, known, RUNS, SEED));
      } catch (e) {
        throw new Error(`${name} (seed ${SEED}, FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to replay): ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    60_000,
  );

  it('covered every call of the contract, and reached the handler of most', () => {
    const missing = callNames.filter((n) => !figures.get(n)?.runs);
    expect(missing).toEqual([]);
    const neverReached = callNames.filter((n) => !figures.get(n)!.reached);
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify(Object.fromEntries(figures)));
    expect(neverReached).toEqual([]);
  });
});
