import { sql, type Kysely } from 'kysely';

/**
 * The desks paired with this laptop's check-in (issue 12), kept so that a host that restarts (a
 * crash, a flat battery) takes its desks back without every phone at the door typing a code again.
 * Only a hash of each desk's token is stored; a revoked desk keeps its row (revoked_at) so it stays
 * shut out and listed. Not recorded in the history and not in event files: who may reach this
 * laptop is this laptop's own business, not a change to the event.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE desk_pairings (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      paired_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT`.execute(db);
  await sql`CREATE INDEX desk_pairings_event ON desk_pairings(event_id)`.execute(db);
}
