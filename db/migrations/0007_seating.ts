import { sql, type Kysely } from 'kysely';

/**
 * Seating (issue 8): an event's plans (the main hall, or a remote bridge point's), their seats
 * laid out from a few numbers, who sits where, and who is on the presidium. The database holds the
 * rules a plan must never break: one delegate per seat (the seat's column), one seat per delegate
 * in a plan (a unique key), nobody on a blocked seat.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE seating_plans (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      -- Null: the main hall; else the remote point whose hall it is (its delegates only). The plan
      -- goes with its point (in the same change set, so one undo brings both back): left behind
      -- it would read as a second main hall.
      bridge_point_id TEXT REFERENCES bridge_points(id) ON DELETE CASCADE,
      viewpoint TEXT NOT NULL DEFAULT 'audience' CHECK (viewpoint IN ('audience', 'stage')),
      numbering TEXT NOT NULL DEFAULT 'odd-right' CHECK (numbering IN ('left-to-right', 'odd-right', 'odd-left')),
      row_labels TEXT NOT NULL DEFAULT 'letters' CHECK (row_labels IN ('letters', 'numbers')),
      front_rows INTEGER NOT NULL DEFAULT 2 CHECK (front_rows BETWEEN 0 AND 200),
      -- The numbers it was made from (JSON), to show and to copy.
      spec TEXT NOT NULL CHECK (json_valid(spec)),
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX seating_plans_event ON seating_plans(event_id, sort_order)`.execute(db);
  await sql`CREATE INDEX seating_plans_bridge_point ON seating_plans(bridge_point_id)`.execute(db);
  await sql`
    CREATE TABLE plan_seats (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      plan_id TEXT NOT NULL REFERENCES seating_plans(id) ON DELETE CASCADE,
      seat_key TEXT NOT NULL,
      zone TEXT NOT NULL CHECK (zone IN ('presidium', 'hall')),
      area INTEGER,
      row_index INTEGER NOT NULL,
      row_label TEXT NOT NULL,
      section INTEGER NOT NULL,
      x REAL NOT NULL,
      y REAL NOT NULL,
      number INTEGER NOT NULL,
      blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
      reserved_kind TEXT CHECK (reserved_kind IN ('category', 'unit', 'bridgePoint')),
      reserved_key TEXT,
      block_name TEXT,
      delegate_id TEXT REFERENCES delegates(id) ON DELETE SET NULL,
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
      UNIQUE (plan_id, seat_key),
      UNIQUE (plan_id, delegate_id),
      CHECK ((reserved_kind IS NULL) = (reserved_key IS NULL)),
      CHECK (NOT (blocked = 1 AND delegate_id IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX plan_seats_plan ON plan_seats(plan_id, row_index)`.execute(db);
  await sql`CREATE INDEX plan_seats_delegate ON plan_seats(delegate_id)`.execute(db);
  await sql`CREATE INDEX plan_seats_event ON plan_seats(event_id)`.execute(db);
  await sql`
    CREATE TABLE presidium_members (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      plan_id TEXT NOT NULL REFERENCES seating_plans(id) ON DELETE CASCADE,
      delegate_id TEXT NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
      UNIQUE (plan_id, delegate_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX presidium_members_delegate ON presidium_members(delegate_id)`.execute(db);
  await sql`CREATE INDEX presidium_members_event ON presidium_members(event_id)`.execute(db);
}
