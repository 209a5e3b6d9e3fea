import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import type { Result } from '../../shared/result';
import { seedLargeEvent } from '../e2e/seed';
import { tempDir } from './helpers/store';

const root = path.resolve(__dirname, '../..');
const KILLS = 20;

async function call<T>(store: Store, laptop: string, name: string, input: unknown): Promise<T> {
  const r = (await dispatch(name, input, { store, appVersion: 'test', laptop })) as Result<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value;
}

/** Runs the child on a fresh copy of the data file; kills it `killAt` ms after it is ready (never, when null). */
function runChild(child: string, file: string, eventFile: string, killAt: number | null): Promise<{ done: number | null; signal: string | null }> {
  const proc = spawn(process.execPath, [child, file, eventFile], {
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  let out = '';
  let done: number | null = null;
  proc.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    if (out.includes('READY\n') && killAt !== null && !proc.killed) setTimeout(() => proc.kill('SIGKILL'), killAt);
    const m = /DONE (\d+)/.exec(out);
    if (m) {
      done = Number(m[1]);
      if (!proc.killed) proc.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) =>
    proc.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve({ done, signal }) : reject(new Error(`child exited ${code}: ${stderr}`)))),
  );
}

describe('an event-file merge survives a kill', () => {
  it('the reopened file is whole and holds all of the merge or none of it, killed at 20 random moments', async () => {
    const dir = tempDir();
    // Laptop A has the 1,500-delegate event; B takes it, edits every delegate and checks 60 in.
    const a = await openStore(path.join(dir, 'a.sqlite'));
    const b = await openStore(path.join(dir, 'b.sqlite'));
    const { eventId } = await seedLargeEvent(a.db, 1500);
    const file = await call<{ dataBase64: string }>(a, 'A', 'eventFile.export', { eventId });
    await call(b, 'B', 'eventFile.import', { dataBase64: file.dataBase64 });
    const ids = b.sqlite.prepare('SELECT id FROM delegates WHERE event_id = ? ORDER BY id').pluck().all(eventId) as string[];
    await call(b, 'B', 'delegates.bulkUpdate', { eventId, ids, set: { organization: 'Ban Tổ chức hội nghị (đã gộp)' } });
    for (const delegateId of ids.slice(0, 60)) await call(b, 'B', 'checkin.checkIn', { eventId, delegateId });
    const eventFile = path.join(dir, 'from-b.hoinghi');
    fs.writeFileSync(eventFile, Buffer.from((await call<{ dataBase64: string }>(b, 'B', 'eventFile.export', { eventId })).dataBase64, 'base64'));
    await b.close();
    await a.close();
    const pristine = path.join(dir, 'a.sqlite');

    const child = path.join(dir, 'eventfile-child.cjs');
    await build({
      entryPoints: [path.join(__dirname, 'helpers/eventfile-child.ts')],
      outfile: child,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
    });

    // How long the merge takes here, so the kills fall inside it.
    const copy = (n: number) => {
      const f = path.join(dir, `run-${n}.sqlite`);
      fs.copyFileSync(pristine, f);
      return f;
    };
    const measured = await runChild(child, copy(0), eventFile, null);
    expect(measured.done).not.toBeNull();
    const window = Math.max(20, measured.done!);

    let all = 0;
    let none = 0;
    for (let i = 1; i <= KILLS; i++) {
      const f = copy(i);
      await runChild(child, f, eventFile, Math.floor(Math.random() * window * 1.1));
      const s = await openStore(f);
      try {
        expect(s.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(s.sqlite.pragma('foreign_key_check')).toEqual([]);
        const moved = s.sqlite.prepare("SELECT count(*) FROM delegates WHERE organization = 'Ban Tổ chức hội nghị (đã gộp)'").pluck().get() as number;
        const checkIns = s.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get() as number;
        const merges = s.sqlite.prepare("SELECT count(*) FROM change_sets WHERE call = 'eventFile.import'").pluck().get() as number;
        const remembered = s.sqlite.prepare('SELECT count(*) FROM merged_change_sets').pluck().get() as number;
        if (merges === 0) {
          expect([moved, checkIns, remembered]).toEqual([0, 0, 0]);
          none++;
        } else {
          expect([merges, moved, checkIns]).toEqual([1, 1500, 60]);
          expect(remembered).toBeGreaterThan(60);
          all++;
        }
      } finally {
        await s.close();
        for (const ext of ['', '-wal', '-shm', '.open']) fs.rmSync(f + ext, { force: true });
      }
    }
    expect(all + none).toBe(KILLS);
  }, 90_000);
});
