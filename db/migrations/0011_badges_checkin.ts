import { sql, type Kysely } from 'kysely';

/**
 * Badges and check-in (issue 10): an event's badge templates (their elements in millimetres, as
 * JSON the designer and the PDF both read), each badge issued (printed) with its issue number —
 * a reprint issues the next one and the older codes stop working at the door — and each check-in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE badge_templates (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      -- Size, sides, elements, category colours: the designer's document (JSON).
      design TEXT NOT NULL CHECK (json_valid(design)),
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX badge_templates_event ON badge_templates(event_id, sort_order)`.execute(db);
  await sql`
    CREATE TABLE badge_prints (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      delegate_id TEXT NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
      -- 1 for the first badge, 2 for its reprint…: the QR code carries it, and only the latest is let in.
      issue INTEGER NOT NULL CHECK (issue >= 1),
      template_id TEXT REFERENCES badge_templates(id) ON DELETE SET NULL,
      printed_at TEXT NOT NULL,
      UNIQUE (delegate_id, issue)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX badge_prints_event ON badge_prints(event_id)`.execute(db);
  await sql`
    CREATE TABLE check_ins (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      delegate_id TEXT NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
      checked_at TEXT NOT NULL,
      -- Which desk (laptop) let them in, for the "already checked in at … by …" warning.
      desk TEXT NOT NULL,
      -- How: 'scan' (a badge's code) or 'search' (found by name at the desk).
      method TEXT NOT NULL CHECK (method IN ('scan', 'search')),
      -- One check-in per delegate: the database refuses a second, whichever desk sends it.
      UNIQUE (event_id, delegate_id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX check_ins_delegate ON check_ins(delegate_id)`.execute(db);
}
