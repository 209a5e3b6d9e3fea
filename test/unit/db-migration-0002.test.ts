import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { tempDir } from './helpers/store';

describe('migration 0002_delegate_lists', () => {
  it('adds status, bridge point, dates and tone style with defaults, and seeds title rules for existing events', async () => {
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const v1 = await openStore(file, { migrations: migrations.slice(0, 1) });
    v1.sqlite.exec(`
      INSERT INTO events VALUES ('e1','Hội nghị','review','2027-01-08',NULL,NULL,NULL,NULL,NULL,'t','t');
      INSERT INTO categories VALUES ('c1','e1','delegate',NULL,NULL,0);
      INSERT INTO delegates (id,event_id,full_name,name_key,category_id,created_at,updated_at) VALUES ('d1','e1','Lê Văn Tám','lê văn tám','c1','t','t');`);
    await v1.close();

    const v2 = await openStore(file, { migrations: migrations.slice(0, 2) });
    await v2.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT status, bridge_point_id, appointment_date, birth_date FROM delegates').get()).toEqual({
      status: 'invited',
      bridge_point_id: null,
      appointment_date: null,
      birth_date: null,
    });
    expect(db.prepare('SELECT tone_style FROM events').get()).toEqual({ tone_style: 'old' });
    const rules = db.prepare('SELECT pattern, rank FROM title_rules WHERE event_id = ? ORDER BY sort_order').all('e1') as { pattern: string; rank: number }[];
    // The migration's frozen copy of the defaults of its day (0003 replaced them with the catalogue).
    expect(rules).toHaveLength(43);
    expect(rules[0]).toEqual({ pattern: 'Tổng Bí thư', rank: 1 });
    expect(rules.at(-1)).toEqual({ pattern: 'Phó Giám đốc Sở', rank: 72 });
    db.close();
  });

  it('refuses a bad status and keeps a delegate when its bridge point is deleted', async () => {
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const s = await openStore(file);
    s.sqlite.exec(`
      INSERT INTO events (id,name,kind,start_date,created_at,updated_at) VALUES ('e1','Hội nghị','review','2027-01-08','t','t');
      INSERT INTO categories (id,event_id,code,label,label_key,sort_order) VALUES ('c1','e1','delegate',NULL,NULL,0);
      INSERT INTO bridge_points (id,event_id,name,name_key,sort_order) VALUES ('b1','e1','Đà Nẵng','đà nẵng',0);
      INSERT INTO delegates (id,event_id,full_name,name_key,category_id,bridge_point_id,created_at,updated_at) VALUES ('d1','e1','A','a','c1','b1','t','t');`);
    expect(() => s.sqlite.exec("UPDATE delegates SET status = 'maybe'")).toThrow(/CHECK/);
    s.sqlite.exec("DELETE FROM bridge_points WHERE id = 'b1'");
    expect(s.sqlite.prepare('SELECT bridge_point_id FROM delegates').get()).toEqual({ bridge_point_id: null });
    await s.close();
  });
});
