import type { Kysely } from 'kysely';
import type { Delegate } from '../shared/contract/delegates';
import { notFound } from '../shared/result';
import { identityKey } from '../shared/text';
import { assertCategoryOfEvent } from './categories';
import { newId, nowIso } from './clock';
import type { DB, DelegatesTable } from './schema';

export type DelegateFields = Pick<
  DelegatesTable,
  'fullName' | 'title' | 'organization' | 'categoryId' | 'precedenceRank' | 'phone' | 'email' | 'notes'
>;

const delegateNotFound = () => notFound({ vi: 'đại biểu', en: 'The delegate' });

const toDelegate = ({ nameKey: _k, ...d }: DelegatesTable): Delegate => d;

function columns(v: DelegateFields) {
  return {
    fullName: v.fullName,
    nameKey: identityKey(v.fullName),
    title: v.title,
    organization: v.organization,
    categoryId: v.categoryId,
    precedenceRank: v.precedenceRank,
    phone: v.phone,
    email: v.email,
    notes: v.notes,
  };
}

export async function listDelegates(db: Kysely<DB>, eventId: string): Promise<Delegate[]> {
  const rows = await db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).execute();
  return rows.map(toDelegate);
}

export async function getDelegate(db: Kysely<DB>, id: string): Promise<Delegate> {
  const row = await db.selectFrom('delegates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw delegateNotFound();
  return toDelegate(row);
}

export async function createDelegate(db: Kysely<DB>, eventId: string, values: DelegateFields): Promise<Delegate> {
  await assertCategoryOfEvent(db, values.categoryId, eventId);
  const at = nowIso();
  const row: DelegatesTable = { id: newId(), eventId, ...columns(values), createdAt: at, updatedAt: at };
  await db.insertInto('delegates').values(row).execute();
  return toDelegate(row);
}

export async function updateDelegate(db: Kysely<DB>, id: string, values: DelegateFields): Promise<Delegate> {
  const current = await getDelegate(db, id);
  await assertCategoryOfEvent(db, values.categoryId, current.eventId);
  await db
    .updateTable('delegates')
    .set({ ...columns(values), updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return getDelegate(db, id);
}

export async function deleteDelegate(db: Kysely<DB>, id: string): Promise<void> {
  const res = await db.deleteFrom('delegates').where('id', '=', id).executeTakeFirst();
  if (res.numDeletedRows === 0n) throw delegateNotFound();
}
