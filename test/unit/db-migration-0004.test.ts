import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { tempDir } from './helpers/store';

describe('migration 0004_phone_format', () => {
  it('stores every phone already there in the one format, and leaves what is not a number of a known shape alone', async () => {
    const at = migrations.findIndex((m) => m.name === '0004_phone_format');
    expect(at).toBe(3);
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    const before = await openStore(file, { migrations: migrations.slice(0, at) });
    const phones: [string, string | null, string | null][] = [
      ['d1', '+84 993 393 969', '0993 393 969'],
      ['d2', '84993393969', '0993 393 969'],
      ['d3', '0993.393.969', '0993 393 969'],
      ['d4', '02438234567', '024 3823 4567'],
      ['d5', '+33 1 23 45 67 89', '+33 1 23 45 67 89'],
      ['d6', 'gọi thư ký', 'gọi thư ký'],
      ['d7', null, null],
      ['d8', '0912 345 678', '0912 345 678'],
    ];
    before.sqlite.exec(`
      INSERT INTO events (id,name,kind,start_date,created_at,updated_at) VALUES ('e1','Hội nghị','review','2027-01-08','t','t');
      INSERT INTO categories (id,event_id,code,label,label_key,sort_order) VALUES ('c1','e1','delegate',NULL,NULL,0);`);
    const insert = before.sqlite.prepare(
      "INSERT INTO delegates (id,event_id,full_name,name_key,category_id,phone,created_at,updated_at) VALUES (?,'e1','Lê Văn Tám','lê văn tám','c1',?,'t','2026-01-01')",
    );
    for (const [id, phone] of phones) insert.run(id, phone);
    await before.close();

    const after = await openStore(file);
    await after.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(at + 1);
    const rows = db.prepare('SELECT id, phone, updated_at FROM delegates ORDER BY id').all() as { id: string; phone: string | null; updated_at: string }[];
    expect(rows.map((r) => [r.id, r.phone])).toEqual(phones.map(([id, , stored]) => [id, stored]));
    db.close();
  });
});
