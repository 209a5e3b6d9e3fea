import { sql, type Kysely } from 'kysely';

/**
 * The run-of-show (issue 9): an event's script settings, its items in order, the organization
 * rules that say a delegate's bloc in the introductions, and the app's library of script
 * templates (saved from one event, used for another).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE scripts (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
      -- When the first item starts (minutes from midnight); null: the event's start time.
      start_at INTEGER CHECK (start_at BETWEEN 0 AND 1439),
      -- When the ceremony should be over: the overrun is measured against it; null: the script's own end.
      planned_end INTEGER CHECK (planned_end BETWEEN 0 AND 1439),
      -- Who the introductions name one by one: precedence levels down to this one, or this many people.
      intro_mode TEXT NOT NULL DEFAULT 'level' CHECK (intro_mode IN ('level', 'count')),
      intro_level INTEGER NOT NULL DEFAULT 300 CHECK (intro_level BETWEEN 0 AND 9999),
      intro_count INTEGER NOT NULL DEFAULT 12 CHECK (intro_count BETWEEN 0 AND 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE script_items (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('reception', 'performance', 'flag', 'introductions', 'report', 'video', 'remote', 'speech', 'awards', 'emulation', 'break', 'closing', 'other')),
      title TEXT NOT NULL,
      mc_lines TEXT,
      -- The introductions as the app last wrote them: lines that differ were edited by hand.
      generated_lines TEXT,
      performer_delegate_id TEXT REFERENCES delegates(id) ON DELETE SET NULL,
      performer_text TEXT,
      bridge_point_id TEXT REFERENCES bridge_points(id) ON DELETE SET NULL,
      cue_sound TEXT,
      cue_light TEXT,
      cue_screen TEXT,
      cue_camera TEXT,
      duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 0 AND 720),
      pinned_at INTEGER CHECK (pinned_at BETWEEN 0 AND 1439),
      buffer INTEGER NOT NULL DEFAULT 0 CHECK (buffer IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX script_items_event ON script_items(event_id, seq)`.execute(db);
  await sql`CREATE INDEX script_items_performer ON script_items(performer_delegate_id)`.execute(db);
  await sql`CREATE INDEX script_items_bridge_point ON script_items(bridge_point_id)`.execute(db);
  await sql`
    CREATE TABLE intro_blocs (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      -- Organizations it covers, as whole words; * and | as in the precedence rules ("Bộ *|Chính phủ").
      pattern TEXT NOT NULL,
      -- What the MC says: "Về phía <bloc>".
      bloc TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX intro_blocs_event ON intro_blocs(event_id, seq)`.execute(db);
  await sql`
    CREATE TABLE script_templates (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      -- The items without times of day or people: kind, title, lines, duration, cues, buffer.
      items TEXT NOT NULL CHECK (json_valid(items)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
}
