import { sql, type Kysely } from 'kysely';

/**
 * Where a ceremony is while it runs (issue 9's live view), one row per event, so a crash or a
 * restart in the middle of the programme comes back to the same item and the same clock. Not in
 * the change history (db/history/registry.ts says why). Depends on 0008 only, not on 0009.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE script_live (
      event_id TEXT PRIMARY KEY NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      -- When the ceremony actually began (minutes from midnight): what the rest is re-timed from.
      actual_start INTEGER CHECK (actual_start BETWEEN 0 AND 1439),
      -- 'ready': not begun (an actual start may already be set); 'running'; 'ended' after the last item.
      status TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'running', 'ended')),
      -- No foreign key: an item deleted mid-ceremony must not wipe where the ceremony is; the reader
      -- falls back to the first item not yet done.
      current_item_id TEXT,
      -- When the current item began (or the ceremony ended), Unix milliseconds: the countdown's origin.
      current_since INTEGER,
      -- The items done: { itemId: actual seconds it ran }.
      done TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(done)),
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
}
