import { sql, type Kysely } from 'kysely';

// Raw SQL on purpose: a migration must keep meaning the same thing after the code around it changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE events (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('review', 'congress', 'awards', 'other')),
      start_date TEXT NOT NULL,
      end_date TEXT,
      start_time TEXT,
      venue TEXT,
      organizer TEXT,
      description TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE categories (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      code TEXT CHECK (code IN ('delegate', 'guest', 'reporter', 'staff')),
      label TEXT,
      label_key TEXT,
      sort_order INTEGER NOT NULL,
      CHECK ((code IS NULL) <> (label IS NULL)),
      UNIQUE (event_id, code),
      UNIQUE (event_id, label_key)
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE delegates (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      full_name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      title TEXT,
      organization TEXT,
      category_id TEXT NOT NULL REFERENCES categories(id),
      precedence_rank INTEGER,
      phone TEXT,
      email TEXT,
      notes TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX delegates_event ON delegates(event_id)`.execute(db);
  await sql`CREATE INDEX delegates_category ON delegates(category_id)`.execute(db);
  await sql`CREATE INDEX delegates_identity ON delegates(event_id, name_key)`.execute(db);
  await sql`CREATE INDEX categories_event ON categories(event_id)`.execute(db);
  await sql`CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT`.execute(db);
}
