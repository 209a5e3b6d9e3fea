import Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection';
import { migrations, type Migration } from '../../db/migrations';
import { tempDir } from './helpers/store';

const tables = (file: string) => {
  const db = new Database(file, { readonly: true });
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const version = db.pragma('user_version', { simple: true });
  db.close();
  return { names, version };
};

describe('migration 0001_initial', () => {
  it('creates events, categories, delegates and settings with their constraints', async () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const store = await openStore(file, { migrations: migrations.slice(0, 1) });
    await store.close();
    const { names, version } = tables(file);
    expect(names).toEqual(['categories', 'delegates', 'events', 'settings']);
    expect(version).toBe(1);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO events VALUES ('e','n','picnic','2027-01-01',NULL,NULL,NULL,NULL,NULL,'t','t')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO delegates (id,event_id,full_name,name_key,category_id,created_at,updated_at) VALUES ('d','nope','A','a','c','t','t')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('the migration runner', () => {
  const addColumn: Migration = {
    version: 2,
    name: 'test_add_column',
    async up(db: Kysely<unknown>) {
      await sql`ALTER TABLE settings ADD COLUMN note TEXT`.execute(db);
    },
  };
  const halfBroken: Migration = {
    version: 2,
    name: 'test_half_broken',
    async up(db: Kysely<unknown>) {
      await sql`CREATE TABLE half_done (x TEXT)`.execute(db);
      await sql`INSERT INTO no_such_table VALUES (1)`.execute(db);
    },
  };

  it('applies a migration and its version bump together, after backing up the existing data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const v1 = await openStore(file, { migrations: migrations.slice(0, 1) });
    await v1.db.insertInto('settings').values({ key: 'language', value: '"en"' }).execute();
    await v1.close();

    const v2 = await openStore(file, { migrations: [...migrations.slice(0, 1), addColumn] });
    expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(2);
    await v2.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^hoi-nghi-.*-before-v2\.sqlite$/);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    copy.close();
  });

  it('rolls a failing migration back whole: no half-applied schema, version unchanged, data kept', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const v1 = await openStore(file, { migrations: migrations.slice(0, 1) });
    await v1.db.insertInto('settings').values({ key: 'language', value: '"vi"' }).execute();
    await v1.close();

    await expect(openStore(file, { migrations: [...migrations.slice(0, 1), halfBroken] })).rejects.toThrow(/no_such_table/);
    const { names, version } = tables(file);
    expect(version).toBe(1);
    expect(names).not.toContain('half_done');
    const reopened = await openStore(file, { migrations: migrations.slice(0, 1) });
    expect(await reopened.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'language', value: '"vi"' }]);
    await reopened.close();
  });
});
