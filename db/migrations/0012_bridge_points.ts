import { sql, type Kysely } from 'kysely';

/**
 * Video-bridge points as full records (issue 11): the main hall's flag, host unit, address, chair,
 * contacts and lines; and each point's connection tests, planned and logged. The main point was
 * guessed until now (named "chính"/"main", else the one with most delegates): that guess is
 * written once into the flag here, so files made before keep their introductions unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns = [
    'is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1))',
    'host_unit TEXT',
    'address TEXT',
    'chair_delegate_id TEXT REFERENCES delegates(id) ON DELETE SET NULL',
    'tech_name TEXT',
    'tech_phone TEXT',
    'backup_name TEXT',
    'backup_phone TEXT',
    'line TEXT',
    'backup_line TEXT',
    'expected_count INTEGER CHECK (expected_count IS NULL OR expected_count >= 0)',
    'notes TEXT',
  ];
  for (const c of columns) await sql.raw(`ALTER TABLE bridge_points ADD COLUMN ${c}`).execute(db);
  // At most one main hall per event: the database refuses a second.
  await sql`CREATE UNIQUE INDEX bridge_points_one_main ON bridge_points(event_id) WHERE is_main = 1`.execute(db);
  // The backfill: the point named as the main one, else the one with the most delegates.
  await sql`
    UPDATE bridge_points SET is_main = 1 WHERE id IN (
      SELECT (
        SELECT p.id FROM bridge_points p
        WHERE p.event_id = e.id
        ORDER BY (lower(p.name) LIKE '%chính%' OR lower(p.name) LIKE '%chinh%' OR lower(p.name) LIKE '%main%') DESC,
          (SELECT count(*) FROM delegates d WHERE d.bridge_point_id = p.id) DESC, p.sort_order
        LIMIT 1
      ) FROM events e
    )`.execute(db);
  await sql`
    CREATE TABLE bridge_tests (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      bridge_point_id TEXT NOT NULL REFERENCES bridge_points(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('test', 'rehearsal', 'dayof', 'onsite', 'extra')),
      -- Local wall-clock time 'YYYY-MM-DDTHH:MM' (the event's own place); null for an unscheduled test.
      planned_at TEXT,
      label TEXT,
      logged_at TEXT,
      result TEXT CHECK (result IS NULL OR result IN ('passed', 'problems', 'failed')),
      picture TEXT CHECK (picture IS NULL OR picture IN ('good', 'fair', 'poor')),
      sound TEXT CHECK (sound IS NULL OR sound IN ('good', 'fair', 'poor')),
      problem TEXT,
      on_line TEXT,
      action TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX bridge_tests_point ON bridge_tests(bridge_point_id, planned_at)`.execute(db);
  await sql`CREATE INDEX bridge_tests_event ON bridge_tests(event_id)`.execute(db);
}
