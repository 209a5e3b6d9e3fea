import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { tempDir } from './helpers/store';

describe('migration 0006_change_events', () => {
  it("names the event of every change already recorded, from its row; the history's triggers fill it from then on", async () => {
    const at = migrations.findIndex((m) => m.name === '0006_change_events');
    expect(at).toBe(5);
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const before = await openStore(file, { migrations: migrations.slice(0, at) });
    before.sqlite.exec(`
      INSERT INTO change_sets (id, seq, at, laptop, call, kind, label_vi, label_en) VALUES ('s1', 1, 't', 'l', 'c', 'change', '', '');
      INSERT INTO changes (set_id, tbl, row_id, op, before, after) VALUES
        ('s1', 'events', 'e1', 'insert', NULL, '{"id":"e1","name":"Hội nghị"}'),
        ('s1', 'delegates', 'd1', 'update', '{"id":"d1","event_id":"e1"}', '{"id":"d1","event_id":"e1"}'),
        ('s1', 'categories', 'c2', 'delete', '{"id":"c2","event_id":"e2"}', NULL);`);
    await before.close();

    const after = await openStore(file);
    await after.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT row_id, event_id FROM changes ORDER BY id').all()).toEqual([
      { row_id: 'e1', event_id: 'e1' },
      { row_id: 'd1', event_id: 'e1' },
      { row_id: 'c2', event_id: 'e2' },
    ]);
    db.close();
  });
});
