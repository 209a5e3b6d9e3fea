/**
 * Auto-seating a full hall, through the real dispatch, against its floor:
 *   {"bench":"autoseat-3700","ms":…,"floor_ms":…,"target_ms":200,"ok":…}
 * ms: `seating.autoSeat` of 3,700 ranked delegates (titles matched by the catalogue, 300 units, a
 *     7-seat presidium) into an empty 3,717-seat plan: the order of precedence, the protocol
 *     assignment, every seat written and recorded in one change set, the commit.
 * floor_ms: the same assignment written by a bare prepared UPDATE per seat in one transaction,
 *     on the same store with the history's triggers dropped.
 * Medians of RUNS runs after WARMUP, each on a fresh store, the two interleaved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import type { PlanSeat } from '../../shared/contract/seating';
import { call, createHallPlan, seedHallEvent } from './seating-hall';

const PEOPLE = 3700;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const TARGET_MS = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function hall(): Promise<{ store: Store; planId: string; done: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-'));
  const store = await openStore(path.join(dir, 'bench.sqlite'));
  const { eventId, ids } = await seedHallEvent(store, PEOPLE);
  const planId = await createHallPlan(store, eventId, ids, 'Hội trường', {
    presidium: { rows: 1, seats: 7 },
    areas: [
      { name: 'Tầng 1', rows: 50, seatsPerRow: 46, aisles: 3 },
      { name: 'Tầng 2', rows: 33, seatsPerRow: 42, aisles: 3 },
    ],
  });
  return {
    store,
    planId,
    done: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const seated: number[] = [];
  const floors: number[] = [];
  let seats = 0;
  let placed = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = await hall();
    const t0 = performance.now();
    const r = await call<{ seated: number; seats: PlanSeat[] }>(a.store, 'seating.autoSeat', { planId: a.planId, mode: 'all' });
    const ms = performance.now() - t0;
    // Who sits where, by the delegate's place in the list (the stores make them in the same order).
    const madeOrder = new Map((a.store.sqlite.prepare('SELECT id FROM delegates ORDER BY rowid').pluck().all() as string[]).map((id, k) => [id, k]));
    const assignment = r.seats.filter((s) => s.delegateId).map((s) => ({ person: madeOrder.get(s.delegateId!)!, seatKey: s.seatKey }));
    seats = r.seats.length;
    placed = r.seated;
    await a.done();

    const b = await hall();
    for (const name of b.store.sqlite.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").pluck().all() as string[])
      b.store.sqlite.exec(`DROP TRIGGER temp.${name}`);
    const ids = new Map(
      (b.store.sqlite.prepare('SELECT seat_key, id FROM plan_seats').all() as { seat_key: string; id: string }[]).map((s) => [s.seat_key, s.id]),
    );
    const people = b.store.sqlite.prepare('SELECT id FROM delegates ORDER BY rowid').pluck().all() as string[];
    const update = b.store.sqlite.prepare('UPDATE plan_seats SET delegate_id = ? WHERE id = ?');
    const t1 = performance.now();
    b.store.sqlite.transaction(() => {
      for (const { person, seatKey } of assignment) update.run(people[person], ids.get(seatKey));
    })();
    const floorMs = performance.now() - t1;
    await b.done();
    if (i < WARMUP) continue;
    seated.push(ms);
    floors.push(floorMs);
  }
  const ms = round(median(seated));
  const floorMs = round(median(floors));
  console.log(
    `autoseat-${PEOPLE}: ${ms} ms (floor ${floorMs} ms; target < ${TARGET_MS} ms) — ${placed} seated in a ${seats}-seat plan; ` +
      `runs ${seated.map(round).join('/')} vs ${floors.map(round).join('/')}`,
  );
  console.log(JSON.stringify({ bench: `autoseat-${PEOPLE}`, ms, floor_ms: floorMs, target_ms: TARGET_MS, ok: ms < TARGET_MS }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
