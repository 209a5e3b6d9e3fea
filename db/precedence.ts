import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { planMove, type MoveWrite } from '../shared/precedence/move';
import { buildOrder, comparePrecedence, rankPeople, type OrderSettings, type PrecedenceOrder, type PrecedencePerson } from '../shared/precedence/order';
import type { Delegate } from '../shared/contract/delegates';
import { DomainError } from '../shared/result';
import { listCategories } from './categories';
import { nowIso } from './clock';
import { listDelegates } from './delegates';
import { getEvent } from './events';
import { listPrecedenceRules } from './precedence-rules';
import type { DB } from './schema';

export interface OrderInputs {
  people: Delegate[];
  settings: OrderSettings;
}

/** Everything the order is computed from, read in the caller's transaction. */
export async function orderInputs(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<OrderInputs> {
  const event = await getEvent(db, eventId);
  const [people, rules, categories] = await Promise.all([listDelegates(db, sqlite, eventId), listPrecedenceRules(db, eventId), listCategories(db, eventId)]);
  const hosts = event.hostOrganizations.length > 0 ? event.hostOrganizations : event.organizer ? [event.organizer] : [];
  return {
    people,
    settings: {
      rules,
      formerPosts: event.formerPosts,
      hosts,
      unrankedCategoryIds: new Set(categories.filter((c) => !c.ranked).map((c) => c.id)),
      guestCategoryIds: new Set(categories.filter((c) => c.code === 'guest').map((c) => c.id)),
    },
  };
}

// The last order computed per event, and the connection's change count it was computed at. Any
// write on the connection (through dispatch or not) changes the count; a rolled-back write does
// too, so a stale order is never served. Only reads outside a transaction fill it.
const cached = new WeakMap<BetterSqlite3.Database, Map<string, { changes: number; order: PrecedenceOrder }>>();
const totalChanges = (sqlite: BetterSqlite3.Database) => sqlite.prepare('SELECT total_changes()').pluck().get() as number;

/** The event's order of precedence (computed again only after a change to the data). */
export async function precedenceOrder(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<PrecedenceOrder> {
  const reusable = !db.isTransaction;
  const changes = reusable ? totalChanges(sqlite) : -1;
  const perEvent = cached.get(sqlite) ?? new Map<string, { changes: number; order: PrecedenceOrder }>();
  const hit = perEvent.get(eventId);
  if (reusable && hit && hit.changes === changes) return hit.order;
  const { people, settings } = await orderInputs(db, sqlite, eventId);
  const order = buildOrder(people, settings);
  if (reusable && totalChanges(sqlite) === changes) {
    perEvent.set(eventId, { changes, order });
    cached.set(sqlite, perEvent);
  }
  return order;
}

async function writeMoves(db: Kysely<DB>, writes: readonly MoveWrite[]): Promise<void> {
  const at = nowIso();
  for (const w of writes) {
    const set: {
      precedenceLevel?: number;
      precedenceLevelOf?: string | null;
      precedenceOrder?: number | null;
      precedenceOrderLevel?: number;
      updatedAt: string;
    } = { updatedAt: at };
    if (w.level !== undefined) {
      set.precedenceLevel = w.level;
      set.precedenceLevelOf = w.levelOf ?? null;
    }
    if (w.order !== undefined) {
      set.precedenceOrder = w.order;
      set.precedenceOrderLevel = w.orderLevel;
    }
    await db.updateTable('delegates').set(set).where('id', '=', w.id).execute();
  }
}

const describe = (p: PrecedencePerson) => (p.title ? `${p.fullName} (${p.title})` : p.fullName).slice(0, 300);

/** Moves one delegate in the order (see shared/precedence/move.ts) and answers with the new order. */
export async function moveInOrder(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  eventId: string,
  delegateId: string,
  overId: string,
): Promise<PrecedenceOrder> {
  const { people, settings } = await orderInputs(db, sqlite, eventId);
  const { ranked } = rankPeople(people, settings);
  ranked.sort(comparePrecedence);
  const from = ranked.findIndex((r) => r.id === delegateId);
  const to = ranked.findIndex((r) => r.id === overId);
  if (from < 0 || to < 0)
    throw new DomainError('NOT_FOUND', {
      vi: 'Đại biểu này (hoặc người ở chỗ thả) không còn trong thứ tự ưu tiên: có thể vừa bị xoá, đã từ chối dự hoặc thuộc đối tượng không xếp thứ tự. Không có gì bị thay đổi; hãy xem lại danh sách.',
      en: 'This delegate (or the one at the drop place) is no longer in the order of precedence: they may have just been deleted, have declined, or be in a category that is not ranked. Nothing was changed; look at the list again.',
    });
  const byId = new Map(people.map((p) => [p.id, p]));
  const plan = planMove(ranked, from, to, (id) => describe(byId.get(id)!));
  if (plan === 'no-level')
    throw new DomainError('VALIDATION', {
      vi: 'Không thể đặt đại biểu vào nhóm chưa xếp cấp. Hãy đặt cấp cho chức vụ của họ trong mục «Chức vụ chưa xếp cấp».',
      en: 'A delegate cannot be placed among those without a level. Give their title a level under “Titles without a level”.',
    });
  await writeMoves(db, plan);
  return precedenceOrder(db, sqlite, eventId);
}

export type ResetScope = { kind: 'level'; delegateId: string } | { kind: 'order'; level: number } | { kind: 'all' };

/** Puts hand changes back to the rules: one delegate's level, one level's order, or all of them. */
export async function resetHandChanges(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string, scope: ResetScope): Promise<PrecedenceOrder> {
  const at = nowIso();
  const base = db.updateTable('delegates').where('eventId', '=', eventId);
  if (scope.kind === 'all') {
    await base
      .set({ precedenceLevel: null, precedenceLevelOf: null, precedenceOrder: null, precedenceOrderLevel: null, updatedAt: at })
      .where((eb) => eb.or([eb('precedenceLevel', 'is not', null), eb('precedenceOrder', 'is not', null)]))
      .execute();
  } else if (scope.kind === 'level') {
    const r = await base
      .set({ precedenceLevel: null, precedenceLevelOf: null, precedenceOrder: null, precedenceOrderLevel: null, updatedAt: at })
      .where('id', '=', scope.delegateId)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n)
      throw new DomainError('NOT_FOUND', { vi: 'Không tìm thấy đại biểu này trong hội nghị.', en: 'That delegate is not in this event.' });
  } else {
    const order = await precedenceOrder(db, sqlite, eventId);
    const ids = order.entries.filter((e) => e.level === scope.level && e.handOrder !== null).map((e) => e.id);
    for (let i = 0; i < ids.length; i += 500)
      await db
        .updateTable('delegates')
        .set({ precedenceOrder: null, precedenceOrderLevel: null, updatedAt: at })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
  }
  return precedenceOrder(db, sqlite, eventId);
}
