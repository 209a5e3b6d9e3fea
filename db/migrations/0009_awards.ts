import { sql, type Kysely } from 'kysely';

/**
 * Awards (issue 9): an event's award kinds in order from the highest, each with its decision and
 * its recipients in the decision's order, the presenters the organizer chose by hand for a batch,
 * and on script items what ties an item the awards wrote to its kind and batch, so writing the
 * awards into the script again replaces exactly those items.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE award_kinds (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      -- Place from the highest award (0) down: the order they are presented in (Decree 145/2013).
      seq INTEGER NOT NULL,
      name TEXT NOT NULL,
      decision_number TEXT,
      decision_date TEXT,
      decision_signer TEXT,
      -- Recipients called on stage at a time (practice: 5 to 10).
      batch_size INTEGER NOT NULL DEFAULT 8 CHECK (batch_size BETWEEN 5 AND 10),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX award_kinds_event ON award_kinds(event_id, seq)`.execute(db);
  await sql`
    CREATE TABLE award_recipients (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      kind_id TEXT NOT NULL REFERENCES award_kinds(id) ON DELETE CASCADE,
      -- Place in the decision's order, which the MC reads.
      seq INTEGER NOT NULL,
      recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
      -- The person (an individual) or the leader receiving for a collective; a deleted delegate leaves the name.
      delegate_id TEXT REFERENCES delegates(id) ON DELETE SET NULL,
      -- The person's name, title and unit as written (kept when the delegate goes); for a collective
      -- the unit is the collective and the name and title are its leader's.
      full_name TEXT,
      title TEXT,
      unit TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (recipient_kind = 'collective' OR full_name IS NOT NULL),
      CHECK (recipient_kind = 'individual' OR unit IS NOT NULL)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX award_recipients_kind ON award_recipients(kind_id, seq)`.execute(db);
  await sql`CREATE INDEX award_recipients_event ON award_recipients(event_id)`.execute(db);
  await sql`CREATE INDEX award_recipients_delegate ON award_recipients(delegate_id)`.execute(db);
  await sql`
    CREATE TABLE award_presenters (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      kind_id TEXT NOT NULL REFERENCES award_kinds(id) ON DELETE CASCADE,
      -- The batch (0-based) of its kind that this delegate presents, chosen by hand.
      batch_index INTEGER NOT NULL CHECK (batch_index BETWEEN 0 AND 999),
      delegate_id TEXT NOT NULL REFERENCES delegates(id) ON DELETE CASCADE,
      UNIQUE (kind_id, batch_index)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX award_presenters_event ON award_presenters(event_id)`.execute(db);
  await sql`CREATE INDEX award_presenters_delegate ON award_presenters(delegate_id)`.execute(db);
  // A deleted kind leaves its items as ordinary ones (the MC's lines stay); the batch number still
  // says the awards wrote them, so the next writing replaces them too.
  await sql`ALTER TABLE script_items ADD COLUMN award_kind_id TEXT REFERENCES award_kinds(id) ON DELETE SET NULL`.execute(db);
  await sql`ALTER TABLE script_items ADD COLUMN award_batch INTEGER CHECK (award_batch BETWEEN 0 AND 999)`.execute(db);
  await sql`CREATE INDEX script_items_award_kind ON script_items(award_kind_id)`.execute(db);
}
