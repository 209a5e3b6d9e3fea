import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kysely, SqliteDialect } from 'kysely';
import { openStore } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { SEEDED_HOLIDAYS } from '../../shared/checklist/holidays-vn';
import { tempDir } from './helpers/store';

describe('migration 0013_checklist', () => {
  it('adds the checklist to a file that has events, seeds the holidays once, and its table refuses a deadline without its days or date', async () => {
    const at = migrations.findIndex((m) => m.up === migrations.at(-1)!.up);
    const file = path.join(tempDir(), 'hoi-nghi.sqlite');
    // The file as the version before left it, made without openStore: its history triggers are the registry's, which names the new table.
    const raw = new Database(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    await migrate(raw, kysely, tempDir(), migrations.slice(0, at));
    raw
      .prepare(
        "INSERT INTO events (id, name, kind, start_date, tone_style, host_organizations, former_posts, created_at, updated_at) VALUES ('e1', 'Hội nghị', 'review', '2027-01-08', 'old', '[]', 'after-holders', 't', 't')",
      )
      .run();
    await kysely.destroy();

    const after = await openStore(file);
    await after.close();
    const db = new Database(file);
    expect(db.prepare('SELECT date, name FROM holidays ORDER BY date').all()).toEqual([...SEEDED_HOLIDAYS].sort((a, b) => a.date.localeCompare(b.date)));
    const insert = (kind: string, offset: number | null, fixed: string | null) =>
      db
        .prepare(
          `INSERT INTO checklist_tasks (id, event_id, name, workstream, deadline_kind, offset_days, working_days, fixed_date, status, sort_order, created_at, updated_at)
           VALUES (?, 'e1', 'Việc', 'plan', ?, ?, 0, ?, 'todo', 0, 't', 't')`,
        )
        .run(`${kind}${offset}${fixed}`, kind, offset, fixed);
    expect(() => insert('offset', -3, null)).not.toThrow();
    expect(() => insert('offset', null, null)).toThrow(/CHECK/);
    expect(() => insert('date', null, null)).toThrow(/CHECK/);
    db.close();
  });
});
