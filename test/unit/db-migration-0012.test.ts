import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { tempDir } from './helpers/store';

describe('migration 0012_bridge_points', () => {
  it('flags as main the point named so, else the one with most delegates, and allows one main point per event', async () => {
    const at = migrations.findIndex((m) => m.name === '0012_bridge_points');
    expect(at).toBe(11);
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const before = await openStore(file, { migrations: migrations.slice(0, at) });
    const s = before.sqlite;
    // Two events through the app's own calls would need dispatch; plain rows are enough here.
    const cols = s.prepare('SELECT name FROM pragma_table_info(\'events\') WHERE "notnull" = 1 AND dflt_value IS NULL').all() as { name: string }[];
    const values: Record<string, string> = {
      id: '',
      name: 'H',
      kind: 'review',
      start_date: '2027-01-08',
      tone_style: 'old',
      host_organizations: '[]',
      former_posts: 'after-holders',
      created_at: 't',
      updated_at: 't',
    };
    for (const e of ['e1', 'e2'])
      s.prepare(`INSERT INTO events (${cols.map((c) => c.name).join(',')}) VALUES (${cols.map(() => '?').join(',')})`).run(
        ...cols.map((c) => (c.name === 'id' ? e : (values[c.name] ?? ''))),
      );
    s.exec(`
      INSERT INTO bridge_points (id, event_id, name, name_key, sort_order) VALUES
        ('a', 'e1', 'Đà Nẵng', 'da nang', 0), ('b', 'e1', 'Điểm cầu chính: Hà Nội', 'diem cau chinh ha noi', 1),
        ('c', 'e2', 'Huế', 'hue', 0), ('d', 'e2', 'Cần Thơ', 'can tho', 1);
      INSERT INTO categories (id, event_id, code, label, label_key, sort_order, ranked) VALUES ('k', 'e2', 'delegate', NULL, NULL, 0, 1);`);
    const delegateCols = s.prepare('SELECT name FROM pragma_table_info(\'delegates\') WHERE "notnull" = 1 AND dflt_value IS NULL').all() as { name: string }[];
    for (const id of ['x', 'y'])
      s.prepare(
        `INSERT INTO delegates (${delegateCols.map((c) => c.name).join(',')}, bridge_point_id) VALUES (${delegateCols.map(() => '?').join(',')}, 'd')`,
      ).run(
        ...delegateCols.map(
          (c) => ({ id, event_id: 'e2', full_name: id, name_key: id, category_id: 'k', status: 'invited', created_at: 't', updated_at: 't' })[c.name] ?? '',
        ),
      );
    await before.close();

    const after = await openStore(file);
    await after.close();
    const db = new Database(file);
    expect(db.prepare('SELECT id FROM bridge_points WHERE is_main = 1 ORDER BY id').all()).toEqual([{ id: 'b' }, { id: 'd' }]);
    expect(() => db.prepare("UPDATE bridge_points SET is_main = 1 WHERE id = 'a'").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
