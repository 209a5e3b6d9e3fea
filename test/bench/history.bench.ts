/**
 * The change history's costs, through the real dispatch:
 *   {"bench":"undo-import-5000","ms":…,"target_ms":1000}   history.undo of a 5,000-row import (median of 5)
 *   {"bench":"history-first-page","ms":…,"all_ms":…,"target_ms":100}
 *       the first page of one event's history, and of everyone's, in a file holding a heavy year:
 *       100 events × 5,000 delegates, each imported (5,000 recorded rows) and edited 50 times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import { clearParseCache } from '../../electron/import/read';
import { dispatch } from '../../electron/main/dispatch';
import type { ImportInspection } from '../../shared/contract/import';
import { largeXlsx } from '../fixtures/messy-xlsx';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function fresh(): Promise<{ store: Store; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-'));
  return { store: await openStore(path.join(dir, 'bench.sqlite')), dir };
}

async function call(store: Store, name: string, input: unknown): Promise<unknown> {
  const r = await dispatch(name, input, { store, appVersion: 'bench', laptop: 'bench' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value;
}

async function undoImport(): Promise<void> {
  const buf = await largeXlsx(5000);
  const file = { fileName: 'danh-sach-5000.xlsx', dataBase64: buf.toString('base64') };
  const runs: number[] = [];
  let rows = 0;
  for (let i = 0; i < 6; i++) {
    const { store, dir } = await fresh();
    const { id: eventId } = (await call(store, 'events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' })) as { id: string };
    clearParseCache();
    const ins = (await call(store, 'import.inspect', { eventId, ...file })) as ImportInspection;
    await call(store, 'import.commit', { eventId, ...file, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field), duplicates: { all: 'skip' } });
    rows = store.sqlite.prepare('SELECT count(*) FROM delegates').pluck().get() as number;
    const t0 = performance.now();
    await call(store, 'history.undo', { eventId });
    if (i > 0) runs.push(performance.now() - t0);
    if ((store.sqlite.prepare('SELECT count(*) FROM delegates').pluck().get() as number) !== 0) throw new Error('the undo left delegates behind');
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const ms = round(median(runs));
  console.log(`undo of an import of ${rows} delegates: median ${ms} ms (runs ${runs.map(round).join('/')}); target < 1000 ms`);
  console.log(JSON.stringify({ bench: 'undo-import-5000', ms, target_ms: 1000, ok: ms < 1000 }));
}

async function firstPage(): Promise<void> {
  const EVENTS = Number(process.env.BENCH_EVENTS ?? 100);
  const PER = 5000;
  const { store, dir } = await fresh();
  const s = store.sqlite;
  const t0 = performance.now();
  // A heavy year written straight into the file: what 100 imports and 5,000 edits would have recorded.
  s.transaction(() => {
    for (let e = 0; e < EVENTS; e++) {
      const ev = `ev${e}`;
      s.prepare(`INSERT INTO events (id, name, kind, start_date, created_at, updated_at) VALUES (?, ?, 'review', '2026-12-01', 't', 't')`).run(
        ev,
        `Hội nghị ${e}`,
      );
      s.prepare(`INSERT INTO categories (id, event_id, code, label, label_key, sort_order, ranked) VALUES (?, ?, 'delegate', NULL, NULL, 0, 1)`).run(
        `${ev}-c`,
        ev,
      );
      s.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PER - 1})
         INSERT INTO delegates (id, event_id, full_name, name_key, title, organization, category_id, status, created_at, updated_at)
         SELECT @ev || '-d' || i, @ev, 'Nguyễn Văn ' || i, 'nguyễn văn ' || i, 'Chuyên viên', 'Vụ ' || (i % 40), @ev || '-c', 'invited', 't', 't' FROM n`,
      ).run({ ev });
      const seq = () => s.prepare('SELECT coalesce(max(seq), 0) + 1 FROM change_sets').pluck().get() as number;
      const first = s.prepare('SELECT coalesce(max(id), 0) + 1 FROM changes').pluck().get() as number;
      s.prepare(
        `INSERT INTO changes (set_id, tbl, row_id, event_id, op, before, after)
         SELECT @ev || '-import', 'delegates', id, event_id, 'insert', NULL, json_object('id', id, 'event_id', event_id, 'full_name', full_name, 'title', title, 'organization', organization)
         FROM delegates WHERE event_id = @ev`,
      ).run({ ev });
      const last = s.prepare('SELECT max(id) FROM changes').pluck().get() as number;
      s.prepare(
        `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, row_count, first_change, last_change)
         VALUES (@ev || '-import', @seq, @ev, 't', 'bench', 'import.commit', 'change', 'Nhập 5.000 đại biểu', 'Import 5,000 delegates', @n, @first, @last)`,
      ).run({ ev, seq: seq(), n: PER, first, last });
      for (let k = 0; k < 50; k++) {
        const id = `${ev}-edit${k}`;
        s.prepare(`INSERT INTO changes (set_id, tbl, row_id, event_id, op, before, after) VALUES (?, 'delegates', ?, ?, 'update', '{}', '{}')`).run(
          id,
          `${ev}-d${k}`,
          ev,
        );
        const c = s.prepare('SELECT max(id) FROM changes').pluck().get() as number;
        s.prepare(
          `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, row_count, first_change, last_change)
           VALUES (?, ?, ?, 't', 'bench', 'delegates.update', 'change', 'Sửa đại biểu', 'Edit a delegate', 1, ?, ?)`,
        ).run(id, seq(), ev, c, c);
      }
    }
  })();
  const seedMs = performance.now() - t0;
  const changes = s.prepare('SELECT count(*) FROM changes').pluck().get() as number;
  const one: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < 7; i++) {
    const a = performance.now();
    await call(store, 'history.list', { eventId: `ev${(i * 13) % EVENTS}`, limit: 50 });
    one.push(performance.now() - a);
    const b = performance.now();
    await call(store, 'history.list', { eventId: null, limit: 50 });
    all.push(performance.now() - b);
  }
  const ms = round(median(one));
  const allMs = round(median(all));
  console.log(
    `history first page over ${EVENTS} events × ${PER} delegates (${changes.toLocaleString('en-GB')} recorded rows, seeded in ${round(seedMs / 1000)} s): ` +
      `one event ${ms} ms, everyone's ${allMs} ms (median of 7); target < 100 ms`,
  );
  console.log(JSON.stringify({ bench: 'history-first-page', ms, all_ms: allMs, target_ms: 100, ok: ms < 100 && allMs < 100 }));
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  await undoImport();
  await firstPage();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
