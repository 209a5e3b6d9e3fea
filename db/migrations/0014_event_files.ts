import { sql, type Kysely } from 'kysely';

/**
 * Event files (issue 12). `merged_change_sets`: the other laptops' change sets this laptop has
 * merged from their event files, so a later merge knows the history both sides share. It is a
 * recorded table: the merge writes its rows inside its own change set, so undoing the merge forgets
 * them too, and an exported file carries them to the next laptop (A → B → A).
 * `change_sets.origin`: the laptop a change set was copied from when an event came in whole with
 * its history; such a set is shown in the history but is not this laptop's to undo.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE merged_change_sets (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      laptop TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX merged_change_sets_event ON merged_change_sets(event_id)`.execute(db);
  await sql`ALTER TABLE change_sets ADD COLUMN origin TEXT`.execute(db);
}
