import type { Kysely } from 'kysely';
import { BUILTIN_CATEGORIES, type BuiltinCategory, type Category } from '../shared/contract/delegates';
import { builtinCategoryByKey } from '../shared/categories';
import { DomainError } from '../shared/result';
import { identityKey } from '../shared/text';
import { newId } from './clock';
import type { CategoriesTable, DB } from './schema';

const toCategory = (r: CategoriesTable): Category => ({
  id: r.id,
  eventId: r.eventId,
  code: r.code as BuiltinCategory | null,
  label: r.label,
  sortOrder: r.sortOrder,
  ranked: r.ranked === 1,
});

/** Reporters and service staff are not ranked unless the organizer says so. */
const RANKED_BY_DEFAULT: Record<BuiltinCategory, boolean> = { delegate: true, guest: true, reporter: false, staff: false };

export async function seedBuiltinCategories(db: Kysely<DB>, eventId: string): Promise<void> {
  await db
    .insertInto('categories')
    .values(
      BUILTIN_CATEGORIES.map((code, i) => ({ id: newId(), eventId, code, label: null, labelKey: null, sortOrder: i, ranked: RANKED_BY_DEFAULT[code] ? 1 : 0 })),
    )
    .execute();
}

export async function listCategories(db: Kysely<DB>, eventId: string): Promise<Category[]> {
  const rows = await db.selectFrom('categories').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').execute();
  return rows.map(toCategory);
}

/** Adds a custom category; a name that is already there (in any spelling) returns that one. */
export async function createCategory(db: Kysely<DB>, eventId: string, label: string): Promise<Category> {
  const existing = await listCategories(db, eventId);
  const builtin = builtinCategoryByKey(label);
  const key = identityKey(label);
  const same = existing.find((c) => (builtin ? c.code === builtin : c.label !== null && identityKey(c.label) === key));
  if (same) return same;
  const row: CategoriesTable = {
    id: newId(),
    eventId,
    code: null,
    label,
    labelKey: key,
    sortOrder: Math.max(-1, ...existing.map((c) => c.sortOrder)) + 1,
    ranked: 1,
  };
  await db.insertInto('categories').values(row).execute();
  return toCategory(row);
}

export async function assertCategoryOfEvent(db: Kysely<DB>, categoryId: string, eventId: string): Promise<void> {
  const row = await db.selectFrom('categories').select('eventId').where('id', '=', categoryId).executeTakeFirst();
  if (!row || row.eventId !== eventId)
    throw new DomainError('VALIDATION', {
      vi: 'Đối tượng đại biểu không thuộc hội nghị này.',
      en: 'That delegate category does not belong to this event.',
    });
}

/** Marks which of the event's categories are out of the order of precedence. */
export async function setUnrankedCategories(db: Kysely<DB>, eventId: string, unrankedIds: readonly string[]): Promise<Category[]> {
  const all = await listCategories(db, eventId);
  const known = new Set(all.map((c) => c.id));
  if (unrankedIds.some((id) => !known.has(id)))
    throw new DomainError('VALIDATION', {
      vi: 'Có đối tượng đại biểu không thuộc hội nghị này.',
      en: 'Some of those delegate categories do not belong to this event.',
    });
  const out = new Set(unrankedIds);
  for (const c of all)
    await db
      .updateTable('categories')
      .set({ ranked: out.has(c.id) ? 0 : 1 })
      .where('id', '=', c.id)
      .execute();
  return listCategories(db, eventId);
}
