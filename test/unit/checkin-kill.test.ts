import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { bundleChild, spawnChild } from './helpers/node-child';
import { tempDir } from './helpers/store';
import { dispatch } from '../../electron/main/dispatch';
import type { Result } from '../../shared/result';

const root = path.resolve(__dirname, '../..');

describe('check-in survives a kill', () => {
  it('keeps every check-in the desk was told was written, when the process is SIGKILLed mid-way', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const store = await openStore(file);
    const ctx = { store, appVersion: 'test' };
    const call = async <T>(name: string, input: unknown) => {
      const r = (await dispatch(name, input, ctx)) as Result<T>;
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value;
    };
    const e = await call<{ id: string }>('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const cats = await call<{ id: string; code: string | null }[]>('categories.list', { eventId: e.id });
    const ids: string[] = [];
    for (let i = 0; i < 400; i++)
      ids.push((await call<{ id: string }>('delegates.create', { eventId: e.id, fullName: `Nguyễn Văn ${i}`, categoryId: cats[0]!.id })).id);
    await store.close();

    const child = await bundleChild(path.join(__dirname, 'helpers/checkin-child.ts'), dir);
    const proc = spawnChild(child, [file, e.id, ...ids], root);
    let stderr = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const answered: string[] = [];
    const killAfter = 150;
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => proc.on('exit', (code, signal) => resolve(signal ?? code)));
    let buffered = '';
    proc.stdout.on('data', (b: Buffer) => {
      buffered += b.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith('OK ')) answered.push(line.slice(3));
      if (answered.length >= killAfter && !proc.killed) proc.kill('SIGKILL');
    });
    expect(await exited, stderr).toBe('SIGKILL');
    expect(answered.length).toBeGreaterThanOrEqual(killAfter);
    expect(answered.length).toBeLessThan(ids.length);

    const reopened = await openStore(file);
    try {
      const written = new Set(reopened.sqlite.prepare('SELECT delegate_id FROM check_ins WHERE event_id = ?').pluck().all(e.id) as string[]);
      for (const id of answered) expect(written.has(id), id).toBe(true);
      // And each check-in came with its change set: the history lost none either.
      const sets = reopened.sqlite.prepare("SELECT count(*) FROM change_sets WHERE call = 'checkin.checkIn'").pluck().get() as number;
      expect(sets).toBe(written.size);
    } finally {
      await reopened.close();
      fs.rmSync(child, { force: true });
    }
  }, 60_000);
});
