import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTo } from '../../db/backup';
import { openStore } from '../../db/connection';
import { tempDir, testStore } from './helpers/store';

describe('backups', () => {
  it('copies the live database through the online backup API into a checked file, with no temp left', async () => {
    const t = await testStore();
    await t.call('events.createDemo', {});
    const dest = path.join(t.dir, 'out', 'copy.sqlite');
    await backupTo(t.store.sqlite, dest);
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['copy.sqlite']);
    const copy = new Database(dest, { readonly: true });
    expect((copy.prepare('SELECT count(*) n FROM delegates').get() as { n: number }).n).toBe(198);
    copy.close();
  });

  it('refuses to publish a copy of a damaged database, leaving nothing behind', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    // A broken reference, as a damaged file would hold: the check on the copy must see it.
    t.store.sqlite.pragma('foreign_keys = OFF');
    t.store.sqlite
      .prepare(
        "INSERT INTO delegates (id, event_id, full_name, name_key, category_id, created_at, updated_at) VALUES ('d', ?, 'A', 'a', 'no-such-category', '', '')",
      )
      .run(e.id);
    t.store.sqlite.pragma('foreign_keys = ON');
    const dest = path.join(t.dir, 'out', 'copy.sqlite');
    await expect(backupTo(t.store.sqlite, dest)).rejects.toMatchObject({
      code: 'INTERNAL',
      msg: { en: 'Backup not made: the integrity check failed. Earlier backups are kept.' },
    });
    expect(fs.readdirSync(path.dirname(dest))).toEqual([]);
  });

  it('removes at the next start the temporary files a killed backup left, and nothing else', async () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const left = 'hoi-nghi-2026-11-22T07-30-00Z-daily.sqlite.3f2b6c1e-9a4d-4e8f-b2a1-0c9d8e7f6a5b.tmp';
    for (const f of [left, `${left}-wal`, 'hoi-nghi-2026-11-21T07-30-00Z-daily.sqlite', 'notes.tmp']) fs.writeFileSync(path.join(backups, f), 'x');
    const s = await openStore(path.join(dir, 'hoi-nghi.sqlite'));
    expect(fs.readdirSync(backups).sort()).toEqual(['hoi-nghi-2026-11-21T07-30-00Z-daily.sqlite', 'notes.tmp']);
    await s.close();
  });
});
