// SIGKILL at random moments during a large import, an auto-seating, a backup and an event-file merge (KILL_RUNS each,
// two children at a time); `npm run soak` runs many more. See helpers/kill-harness.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killTest } from './helpers/kill-harness';
import { KILL_ENTRIES } from './helpers/kill-entries';

const RUNS = Number(process.env.KILL_RUNS ?? 20);
const SEED = Number(process.env.KILL_SEED ?? 1202);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-kill-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe(`a SIGKILL mid-operation leaves a whole file (${RUNS} kills each, seed ${SEED})`, () => {
  it.each(KILL_ENTRIES.map((e) => [e.name, e] as const))(
    '%s',
    async (_name, entry) => {
      const f = await killTest(entry, work, RUNS, SEED);
      if (process.env.SOAK_OUT) {
        const line = {
          soak: 'kill',
          operation: f.operation,
          seed: SEED,
          runs: f.runs,
          kills: f.kills,
          during_operation: f.duringOperation,
          saw_all: f.sawAll,
          saw_none: f.sawNone,
          measured_ms: f.measuredMs,
          failures: f.failures.length,
          failed: f.failures.slice(0, 5),
          duration_ms: f.durationMs,
        };
        fs.appendFileSync(process.env.SOAK_OUT, `${JSON.stringify(line)}\n`);
      }
      expect(f.failures).toEqual([]);
      expect(f.kills).toBe(RUNS);
      // The moments are spread over the operation: some kills land inside it, and both outcomes are seen.
      expect(f.duringOperation).toBeGreaterThan(0);
      expect(f.sawNone).toBeGreaterThan(0);
      expect(f.sawAll).toBeGreaterThan(0);
    },
    240_000,
  );
});
