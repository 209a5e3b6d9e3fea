import type { Kysely } from 'kysely';
import type { TitleRuleRecord } from '../shared/contract/precedence';
import { DEFAULT_TITLE_RULES } from '../shared/title-rules';
import { newId } from './clock';
import type { DB } from './schema';

export async function listTitleRules(db: Kysely<DB>, eventId: string): Promise<TitleRuleRecord[]> {
  return db.selectFrom('titleRules').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').execute();
}

/** Replaces the event's rules with this ordered list (the caller's transaction makes it atomic). */
export async function replaceTitleRules(
  db: Kysely<DB>,
  eventId: string,
  rules: readonly { pattern: string; rank: number }[],
): Promise<TitleRuleRecord[]> {
  await db.deleteFrom('titleRules').where('eventId', '=', eventId).execute();
  const rows = rules.map((r, i) => ({ id: newId(), eventId, pattern: r.pattern, rank: r.rank, sortOrder: i }));
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('titleRules').values(rows.slice(i, i + 100)).execute();
  return listTitleRules(db, eventId);
}

export function seedTitleRules(db: Kysely<DB>, eventId: string): Promise<TitleRuleRecord[]> {
  return replaceTitleRules(db, eventId, DEFAULT_TITLE_RULES.map(([pattern, rank]) => ({ pattern, rank })));
}
