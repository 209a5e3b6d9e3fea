import type { Kysely } from 'kysely';
import type { PrecedenceRuleRecord } from '../shared/contract/precedence';
import { catalogueRules } from '../shared/precedence/catalogue';
import { newId } from './clock';
import type { DB } from './schema';

export type RuleFields = { post: string; orgPattern: string | null; level: number };

export async function listPrecedenceRules(db: Kysely<DB>, eventId: string): Promise<PrecedenceRuleRecord[]> {
  return db.selectFrom('precedenceRules').selectAll().where('eventId', '=', eventId).orderBy('level').orderBy('post').execute();
}

async function insertRules(db: Kysely<DB>, eventId: string, rules: readonly RuleFields[]): Promise<void> {
  const rows = rules.map((r) => ({ id: newId(), eventId, post: r.post, orgPattern: r.orgPattern, level: r.level }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('precedenceRules')
      .values(rows.slice(i, i + 100))
      .execute();
}

/** Replaces the event's rules (the caller's transaction makes it atomic). */
export async function replacePrecedenceRules(db: Kysely<DB>, eventId: string, rules: readonly RuleFields[]): Promise<PrecedenceRuleRecord[]> {
  await db.deleteFrom('precedenceRules').where('eventId', '=', eventId).execute();
  await insertRules(db, eventId, rules);
  return listPrecedenceRules(db, eventId);
}

export async function addPrecedenceRule(db: Kysely<DB>, eventId: string, rule: RuleFields): Promise<PrecedenceRuleRecord[]> {
  await insertRules(db, eventId, [rule]);
  return listPrecedenceRules(db, eventId);
}

export function seedPrecedenceRules(db: Kysely<DB>, eventId: string): Promise<PrecedenceRuleRecord[]> {
  return replacePrecedenceRules(db, eventId, catalogueRules());
}
