import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { levelOfOldRank } from '../../db/migrations/0003_precedence';
import { catalogueRules } from '../../shared/precedence/catalogue';
import { tempDir } from './helpers/store';

describe('migration 0003_precedence', () => {
  it('turns title rules into post rules, hand ranks into orders inside the level (never levels), and adds the precedence settings', async () => {
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const v2 = await openStore(file, { migrations: migrations.slice(0, 2) });
    v2.sqlite.exec(`
      INSERT INTO events (id,name,kind,start_date,organizer,created_at,updated_at) VALUES ('e1','Hội nghị','review','2027-01-08','Bộ Tài chính','t','t');
      INSERT INTO categories VALUES ('c1','e1','delegate',NULL,NULL,0), ('c2','e1','reporter',NULL,NULL,1), ('c3','e1',NULL,'Khách đặc biệt','khách đặc biệt',2);
      INSERT INTO title_rules (id,event_id,pattern,rank,sort_order) VALUES ('x','e1','Trưởng ban Quản lý dự án',65,99);
      INSERT INTO delegates (id,event_id,full_name,name_key,category_id,precedence_rank,created_at,updated_at) VALUES
        ('d1','e1','Lê Văn Tám','lê văn tám','c1',40,'t','t'),
        ('d2','e1','Trần Thị Chín','trần thị chín','c1',NULL,'t','t'),
        ('d3','e1','Phạm Văn Mười','phạm văn mười','c1',45,'t','t'),
        ('d4','e1','Hồ Văn Một','hồ văn một','c1',2,'t','t');`);
    await v2.close();

    const v3 = await openStore(file, { migrations: migrations.slice(0, 3) });
    await v3.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'title_rules'").get()).toBeUndefined();
    const rules = db.prepare('SELECT post, org_pattern AS org, level FROM precedence_rules WHERE event_id = ?').all('e1') as {
      post: string;
      org: string | null;
      level: number;
    }[];
    // The catalogue, plus the organizer's own rule carried over at the level of its old rank.
    expect(rules).toHaveLength(catalogueRules().length + 1);
    expect(rules).toContainEqual({ post: 'Trưởng ban Quản lý dự án', org: null, level: 500 });
    expect(rules).toContainEqual({ post: 'Thứ trưởng', org: null, level: 300 });
    const delegates = db.prepare('SELECT id, precedence_level AS level, precedence_order AS ord FROM delegates ORDER BY id').all();
    expect(db.prepare('SELECT count(*) AS n FROM delegates WHERE precedence_order_level IS NOT NULL').get()).toEqual({ n: 0 });
    expect(delegates).toEqual([
      { id: 'd1', level: null, ord: 40 },
      { id: 'd2', level: null, ord: null },
      { id: 'd3', level: null, ord: 45 },
      { id: 'd4', level: null, ord: 2 },
    ]);
    expect(db.prepare('SELECT host_organizations AS h, former_posts AS f FROM events').get()).toEqual({ h: '[]', f: 'after-holders' });
    expect(db.prepare('SELECT id, ranked FROM categories ORDER BY id').all()).toEqual([
      { id: 'c1', ranked: 1 },
      { id: 'c2', ranked: 0 },
      { id: 'c3', ranked: 1 },
    ]);
    expect(() => db.prepare('SELECT precedence_rank FROM delegates').all()).toThrow(/no such column/);
    db.close();
  });

  it('maps old ranks to levels by the old default above them', () => {
    expect([1, 3, 9, 10, 30, 39, 40, 62, 69, 72, 100, 5000].map(levelOfOldRank)).toEqual([10, 30, 50, 60, 220, 300, 300, 500, 500, 600, 800, 800]);
  });

  it('refuses bad levels and settings in the tables themselves', async () => {
    const s = await openStore(path.join(tempDir(), 'hoi-nghi.sqlite'));
    s.sqlite.exec(`INSERT INTO events (id,name,kind,start_date,created_at,updated_at) VALUES ('e1','H','review','2027-01-08','t','t')`);
    expect(() => s.sqlite.exec(`INSERT INTO precedence_rules VALUES ('r','e1','Bộ trưởng',NULL,0)`)).toThrow(/CHECK/);
    expect(() => s.sqlite.exec(`UPDATE events SET former_posts = 'maybe'`)).toThrow(/CHECK/);
    expect(() => s.sqlite.exec(`UPDATE events SET host_organizations = 'not json'`)).toThrow(/CHECK/);
    await s.close();
  });
});
