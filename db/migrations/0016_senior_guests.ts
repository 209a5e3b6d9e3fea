import { sql, type Kysely } from 'kysely';

/**
 * Who the check-in counts as a senior guest to meet at the door: delegates of this precedence
 * level and above (lower numbers), and the Khách mời category. NULL is the standard cut
 * (shared/checkin/senior.ts): a ministry's review meets heads of central agencies and provincial
 * leaders, a province's own conference may go down to its department heads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE events ADD COLUMN senior_level INTEGER`.execute(db);
}
