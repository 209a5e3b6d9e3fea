/**
 * The run-of-show (issue 9), through the real dispatch:
 *   {"bench":"retime-200","ms":…,"write_ms":…,"cascade_ms":…,"target_ms":50,"ok":…}
 *     a 200-item script: `script.updateItem` of one item's duration (validated, written, recorded
 *     in the change history, committed), then the times of all 200 from the cascade
 *     (shared/script/cascade.ts), as the editor shows them after the change.
 *   {"bench":"introductions-5000","ms":…,"cold_ms":…,"write_ms":…,"target_ms":50,"ok":…}
 *     `script.previewIntroductions` for an event of 5,000 ranked delegates (catalogue titles in 300
 *     units, test/bench/seating-hall.ts) and a Decree 145 script: the order of precedence, the bloc
 *     rules, the wording, the lines changed. ms: with the list unchanged since the last read (the
 *     order of precedence cached); cold_ms: right after a write to the list (the order worked out
 *     again); write_ms: `script.writeIntroductions` after a write to the list.
 * Medians of RUNS runs after WARMUP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import type { Script, ScriptItem } from '../../shared/contract/script';
import { cascade } from '../../shared/script/cascade';
import { BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { call, seedHallEvent } from './seating-hall';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const TARGET_MS = 50;
const ITEMS = 200;
const PEOPLE = 5000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 100) / 100;

async function fresh(): Promise<{ store: Store; done: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-'));
  const store = await openStore(path.join(dir, 'bench.sqlite'));
  return {
    store,
    done: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function retime() {
  const { store, done } = await fresh();
  const event = await call<{ id: string }>(store, 'events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08' });
  // The built-in template over and over, to 200 items; a few pinned, the breaks buffers.
  let items: ScriptItem[] = [];
  while (items.length < ITEMS)
    items = (
      await call<{ items: ScriptItem[] }>(store, 'script.applyTemplate', {
        eventId: event.id,
        from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID },
        mode: 'append',
      })
    ).items;
  for (const extra of items.slice(ITEMS)) await call(store, 'script.deleteItem', { id: extra.id });
  items = (await call<Script>(store, 'script.get', { eventId: event.id })).items;
  for (const k of [60, 120, 180]) await call(store, 'script.updateItem', { id: items[k]!.id, set: { pinnedAt: 8 * 60 + k * 5 } });
  items = (await call<Script>(store, 'script.get', { eventId: event.id })).items;
  if (items.length !== ITEMS) throw new Error(`${items.length} items`);

  const totals: number[] = [];
  const writes: number[] = [];
  const sums: number[] = [];
  let last = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const at = 10 + (i % 20);
    const durationMin = 5 + (i % 7);
    const t0 = performance.now();
    const updated = await call<ScriptItem>(store, 'script.updateItem', { id: items[at]!.id, set: { durationMin } });
    const t1 = performance.now();
    items = items.map((x) => (x.id === updated.id ? updated : x));
    const timing = cascade(items, 7 * 60 + 30);
    const t2 = performance.now();
    last = timing.end;
    if (i < WARMUP) continue;
    totals.push(t2 - t0);
    writes.push(t1 - t0);
    sums.push(t2 - t1);
  }
  await done();
  const ms = round(median(totals));
  console.log(
    `retime-${ITEMS}: ${ms} ms (target < ${TARGET_MS} ms) — write ${round(median(writes))} ms, cascade ${round(median(sums))} ms; ` +
      `ends ${Math.floor(last / 60)}:${String(last % 60).padStart(2, '0')}; runs ${totals.map(round).join('/')}`,
  );
  console.log(
    JSON.stringify({
      bench: `retime-${ITEMS}`,
      ms,
      write_ms: round(median(writes)),
      cascade_ms: round(median(sums)),
      target_ms: TARGET_MS,
      ok: ms < TARGET_MS,
    }),
  );
}

async function introductions() {
  const { store, done } = await fresh();
  const { eventId, ids } = await seedHallEvent(store, PEOPLE);
  const { items } = await call<{ items: ScriptItem[] }>(store, 'script.applyTemplate', {
    eventId,
    from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID },
    mode: 'replace',
  });
  const intro = items.find((i) => i.kind === 'introductions')!;
  const warm: number[] = [];
  const cold: number[] = [];
  const writes: number[] = [];
  let lines = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // A write to the list (a delegate's unit), so the next read works the order out again.
    await call(store, 'delegates.bulkUpdate', { eventId, ids: [ids[100 + i]!], set: { organization: `Vụ ${i % 300}` } });
    const t0 = performance.now();
    await call(store, 'script.previewIntroductions', { itemId: intro.id });
    const t1 = performance.now();
    const r = await call<{ text: string }>(store, 'script.previewIntroductions', { itemId: intro.id });
    const t2 = performance.now();
    await call(store, 'delegates.bulkUpdate', { eventId, ids: [ids[100 + i]!], set: { organization: `Vụ ${(i + 1) % 300}` } });
    const t3 = performance.now();
    await call(store, 'script.writeIntroductions', { itemId: intro.id, overwriteEdits: true });
    const t4 = performance.now();
    lines = r.text.split('\n').length;
    if (i < WARMUP) continue;
    cold.push(t1 - t0);
    warm.push(t2 - t1);
    writes.push(t4 - t3);
  }
  await done();
  const ms = round(median(warm));
  const coldMs = round(median(cold));
  const writeMs = round(median(writes));
  console.log(
    `introductions-${PEOPLE}: ${ms} ms (cold ${coldMs} ms, written ${writeMs} ms; target < ${TARGET_MS} ms) — ${lines} lines; ` +
      `runs ${warm.map(round).join('/')} · cold ${cold.map(round).join('/')}`,
  );
  console.log(
    JSON.stringify({
      bench: `introductions-${PEOPLE}`,
      ms,
      cold_ms: coldMs,
      write_ms: writeMs,
      target_ms: TARGET_MS,
      ok: Math.max(ms, coldMs, writeMs) < TARGET_MS,
    }),
  );
}

async function main() {
  await retime();
  await introductions();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
