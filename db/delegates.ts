import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { DELEGATE_FIELDS, type Delegate, type DelegateFields, type DelegateStatus } from '../shared/contract/delegates';
import { DomainError, notFound } from '../shared/result';
import { identityKey } from '../shared/text';
import { assertBridgePointOfEvent } from './bridge-points';
import { assertCategoryOfEvent } from './categories';
import { newId, nowIso } from './clock';
import type { DB, DelegatesTable } from './schema';
import { camelColumns } from './statements';

const delegateNotFound = () => notFound({ vi: 'đại biểu', en: 'The delegate' });

const toDelegate = ({ nameKey: _k, ...d }: DelegatesTable): Delegate => ({ ...d, status: d.status as DelegateStatus });

/** The stored columns for a delegate's fields (the contract names them), with the identity key derived from the name. */
function delegateColumns(v: DelegateFields) {
  const fields = Object.fromEntries(DELEGATE_FIELDS.map((k) => [k, v[k]])) as DelegateFields;
  return { ...fields, nameKey: identityKey(v.fullName) };
}

async function assertReferences(db: Kysely<DB>, v: Pick<DelegateFields, 'categoryId' | 'bridgePointId'>, eventId: string) {
  await assertCategoryOfEvent(db, v.categoryId, eventId);
  if (v.bridgePointId) await assertBridgePointOfEvent(db, v.bridgePointId, eventId);
}

// Every column the migrations made, in camelCase, but the identity key (the list has no use for it):
// read from the file, so a new column needs no change here.
const listSql = (sqlite: BetterSqlite3.Database) => `SELECT ${camelColumns(sqlite, 'delegates', ['name_key'])} FROM delegates WHERE event_id = ?`;
const listStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string], Delegate>>();

/**
 * The whole list of an event, read through one prepared statement: at 10,000 rows the query
 * builder's per-row mapping costs five times the read. It runs while holding Kysely's connection,
 * so it can never see a write transaction half done (all calls share one connection).
 */
export async function listDelegates(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<Delegate[]> {
  let stmt = listStatements.get(sqlite);
  if (!stmt) {
    stmt = sqlite.prepare<[string], Delegate>(listSql(sqlite));
    listStatements.set(sqlite, stmt);
  }
  const read = stmt;
  if (db.isTransaction) return read.all(eventId);
  // Holding the connection no write is half done, so the change count names what is read: the
  // list and the order of precedence, asked for together, read the rows once.
  return db.connection().execute(async () => {
    const changes = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
    const hit = lastList.get(sqlite);
    if (hit && hit.eventId === eventId && hit.changes === changes) return hit.rows;
    const rows = read.all(eventId);
    lastList.set(sqlite, { eventId, changes, rows });
    return rows;
  });
}

const lastList = new WeakMap<BetterSqlite3.Database, { eventId: string; changes: number; rows: Delegate[] }>();

async function getDelegate(db: Kysely<DB>, id: string): Promise<Delegate> {
  const row = await db.selectFrom('delegates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw delegateNotFound();
  return toDelegate(row);
}

export async function createDelegate(db: Kysely<DB>, eventId: string, values: DelegateFields): Promise<Delegate> {
  await assertReferences(db, values, eventId);
  const at = nowIso();
  const row: DelegatesTable = {
    id: newId(),
    eventId,
    ...delegateColumns(values),
    precedenceLevelOf: null,
    precedenceOrder: null,
    precedenceOrderLevel: null,
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('delegates').values(row).execute();
  return toDelegate(row);
}

export async function updateDelegate(db: Kysely<DB>, id: string, values: DelegateFields): Promise<Delegate> {
  const current = await getDelegate(db, id);
  await assertReferences(db, values, current.eventId);
  // A level typed in the form is the form's own: "ngang hàng với …" said how a drag had set it.
  const levelOf = values.precedenceLevel === current.precedenceLevel ? current.precedenceLevelOf : null;
  await db
    .updateTable('delegates')
    .set({ ...delegateColumns(values), precedenceLevelOf: levelOf, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return getDelegate(db, id);
}

/**
 * Delegates of the event who are the same person: same name and same unit, each compared by
 * identityKey, as the import's duplicate check does (no unit matches only no unit).
 */
export async function findSameDelegates(
  db: Kysely<DB>,
  eventId: string,
  fullName: string,
  organization: string | null,
  exceptId?: string,
): Promise<Delegate[]> {
  let q = db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).where('nameKey', '=', identityKey(fullName));
  if (exceptId) q = q.where('id', '!=', exceptId);
  const orgKey = identityKey(organization ?? '');
  const rows = await q.orderBy('createdAt').execute();
  return rows.filter((r) => identityKey(r.organization ?? '') === orgKey).map(toDelegate);
}

export async function deleteDelegate(db: Kysely<DB>, id: string): Promise<void> {
  const res = await db.deleteFrom('delegates').where('id', '=', id).executeTakeFirst();
  if (res.numDeletedRows === 0n) throw delegateNotFound();
}

/** SQLite limits bound parameters per statement; id lists are handled in slices of this size. */
const SLICE = 500;
const slices = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / SLICE) }, (_, i) => xs.slice(i * SLICE, (i + 1) * SLICE));

/** Every id must be a delegate of this event; otherwise nothing is done. */
async function assertAllOfEvent(db: Kysely<DB>, eventId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  let found = 0;
  for (const part of slices(unique)) {
    const r = await db
      .selectFrom('delegates')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('eventId', '=', eventId)
      .where('id', 'in', part)
      .executeTakeFirst();
    found += Number(r?.n ?? 0);
  }
  if (found !== unique.length)
    throw new DomainError('NOT_FOUND', {
      vi: `${unique.length - found} đại biểu trong danh sách đã chọn không còn trong hội nghị này (có thể vừa bị xoá). Không có gì bị thay đổi.`,
      en: `${unique.length - found} of the selected delegates are no longer in this event (they may have just been deleted). Nothing was changed.`,
    });
}

export interface BulkSet {
  categoryId?: string | undefined;
  organization?: string | null | undefined;
  status?: DelegateStatus | undefined;
  bridgePointId?: string | null | undefined;
}

/** Answers with the updated rows as stored (cleaned text), for the list to show. */
export async function bulkUpdateDelegates(db: Kysely<DB>, eventId: string, ids: readonly string[], set: BulkSet): Promise<Delegate[]> {
  await assertAllOfEvent(db, eventId, ids);
  if (set.categoryId) await assertCategoryOfEvent(db, set.categoryId, eventId);
  if (set.bridgePointId) await assertBridgePointOfEvent(db, set.bridgePointId, eventId);
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  const at = nowIso();
  const updated: Delegate[] = [];
  for (const part of slices([...new Set(ids)])) {
    await db
      .updateTable('delegates')
      .set({ ...values, updatedAt: at })
      .where('eventId', '=', eventId)
      .where('id', 'in', part)
      .execute();
    const rows = await db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).where('id', 'in', part).execute();
    updated.push(...rows.map(toDelegate));
  }
  return updated;
}

export async function bulkDeleteDelegates(db: Kysely<DB>, eventId: string, ids: readonly string[]): Promise<Delegate[]> {
  await assertAllOfEvent(db, eventId, ids);
  const deleted: Delegate[] = [];
  for (const part of slices([...new Set(ids)])) {
    const rows = await db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).where('id', 'in', part).execute();
    deleted.push(...rows.map(toDelegate));
    await db.deleteFrom('delegates').where('eventId', '=', eventId).where('id', 'in', part).execute();
  }
  return deleted;
}

/** Puts deleted delegates back with their own ids and timestamps (undo); answers with the rows as stored. */
