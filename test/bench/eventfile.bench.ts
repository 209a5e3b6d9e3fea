/**
 * Event files through the real dispatch, for a 1,500-delegate event seated in one plan (1,520 seats,
 * test/bench/seating-hall.ts) with 300 check-ins, on two laptops (two data files):
 *   {"bench":"eventfile-export-1500","ms":…,"bytes":…,"rows":…}  eventFile.export (median of 5): every
 *       recorded row of the event and its history, gzipped, checksummed, as base64 for the renderer
 *   {"bench":"eventfile-import-new-1500","ms":…}  eventFile.import of that file on a laptop without the event
 *   {"bench":"eventfile-merge-1500","ms":…,"bytes":…}  eventFile.import of the other laptop's file back
 *       into the first after it edited every delegate and checked 100 more in (median of 5; each run
 *       undone before the next)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import { createHallPlan, seedHallEvent } from './seating-hall';

const PEOPLE = 1500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function call<T>(store: Store, laptop: string, name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input, { store, appVersion: 'bench', laptop });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as T;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-'));
  const a = await openStore(path.join(dir, 'a.sqlite'));
  const b = await openStore(path.join(dir, 'b.sqlite'));
  try {
    const { eventId, ids } = await seedHallEvent(a, PEOPLE, ['delegate', 'delegate', 'guest', 'staff']);
    const planId = await createHallPlan(a, eventId, ids, 'Hội trường chính', {
      presidium: { rows: 1, seats: 20 },
      areas: [{ name: 'Tầng 1', rows: 30, seatsPerRow: 50, aisles: 2 }],
    });
    await call(a, 'A', 'seating.autoSeat', { planId, mode: 'all' });
    for (const delegateId of ids.slice(0, 300)) await call(a, 'A', 'checkin.checkIn', { eventId, delegateId });

    const runs: number[] = [];
    let file = { dataBase64: '', rows: 0 };
    for (let i = 0; i < 6; i++) {
      const [f, ms] = await timed(() => call<{ dataBase64: string; rows: number }>(a, 'A', 'eventFile.export', { eventId }));
      file = f;
      if (i > 0) runs.push(ms);
    }
    const bytes = Buffer.from(file.dataBase64, 'base64').length;
    const exportMs = round(median(runs));
    console.log(`export of ${file.rows} rows: median ${exportMs} ms (runs ${runs.map(round).join('/')}), ${(bytes / 1024).toFixed(0)} KB`);
    console.log(JSON.stringify({ bench: 'eventfile-export-1500', ms: exportMs, bytes, rows: file.rows }));

    const [, newMs] = await timed(() => call(b, 'B', 'eventFile.import', { dataBase64: file.dataBase64 }));
    console.log(`import of the event on a laptop without it: ${round(newMs)} ms`);
    console.log(JSON.stringify({ bench: 'eventfile-import-new-1500', ms: round(newMs) }));

    await call(b, 'B', 'delegates.bulkUpdate', { eventId, ids, set: { organization: 'Văn phòng Ban Tổ chức' } });
    for (const delegateId of ids.slice(300, 400)) await call(b, 'B', 'checkin.checkIn', { eventId, delegateId });
    const back = await call<{ dataBase64: string }>(b, 'B', 'eventFile.export', { eventId });
    const backBytes = Buffer.from(back.dataBase64, 'base64').length;
    const merges: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [summary, ms] = await timed(() =>
        call<{ tables: { table: string; updated: number; added: number }[] }>(a, 'A', 'eventFile.import', { dataBase64: back.dataBase64 }),
      );
      const d = summary.tables.find((t) => t.table === 'delegates')!;
      const c = summary.tables.find((t) => t.table === 'check_ins')!;
      if (d.updated !== PEOPLE || c.added !== 100) throw new Error(`merged ${d.updated} delegates, ${c.added} check-ins`);
      merges.push(ms);
      await call(a, 'A', 'history.undo', { eventId });
    }
    const mergeMs = round(median(merges));
    console.log(
      `merge of ${PEOPLE} edited delegates and 100 check-ins: median ${mergeMs} ms (runs ${merges.map(round).join('/')}), file ${(backBytes / 1024).toFixed(0)} KB`,
    );
    console.log(JSON.stringify({ bench: 'eventfile-merge-1500', ms: mergeMs, bytes: backBytes }));
  } finally {
    await a.close();
    await b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
void main();
