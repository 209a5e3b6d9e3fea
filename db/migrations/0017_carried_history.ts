import { sql, type Kysely } from 'kysely';

/**
 * A merge of an event file copies in the other laptop's change sets it had not seen (origin = that
 * laptop), so a third laptop that later takes this one's file learns of each edit from its own set,
 * not only of this laptop's merge of it. `carried_by`: the merge that brought the set, so undoing
 * the merge forgets it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE change_sets ADD COLUMN carried_by TEXT`.execute(db);
  await sql`CREATE INDEX change_sets_carried_by ON change_sets(carried_by) WHERE carried_by IS NOT NULL`.execute(db);
}
