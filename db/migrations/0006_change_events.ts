import { sql, type Kysely } from 'kysely';

/**
 * Each recorded row change names its event: a change set's event is then found without reading
 * the JSON of its rows (an import's 5,000), and an event's history can be taken out of the file
 * whole (an event file for another laptop).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE changes ADD COLUMN event_id TEXT`.execute(db);
  await sql`UPDATE changes SET event_id = CASE WHEN tbl = 'events' THEN row_id ELSE json_extract(coalesce(after, before), '$.event_id') END`.execute(db);
}
