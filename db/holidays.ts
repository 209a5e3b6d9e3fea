import type { Kysely } from 'kysely';
import type { Holiday } from '../shared/contract/checklist';
import { DomainError, notFound } from '../shared/result';
import { newId } from './clock';
import type { DB } from './schema';

export async function listHolidays(db: Kysely<DB>): Promise<Holiday[]> {
  return db.selectFrom('holidays').selectAll().orderBy('date').execute();
}

/** The days working-day deadlines skip, besides Saturdays and Sundays. */
export async function holidaySet(db: Kysely<DB>): Promise<Set<string>> {
  return new Set((await db.selectFrom('holidays').select('date').execute()).map((h) => h.date));
}

const taken = (date: string) =>
  new DomainError('CONFLICT', { vi: `Ngày ${date} đã có trong danh sách ngày nghỉ.`, en: `${date} is already in the holiday list.` });

export async function saveHoliday(db: Kysely<DB>, h: { id?: string | undefined; date: string; name: string }): Promise<Holiday[]> {
  const same = await db.selectFrom('holidays').select('id').where('date', '=', h.date).executeTakeFirst();
  if (same && same.id !== h.id) throw taken(h.date);
  if (h.id) {
    const r = await db.updateTable('holidays').set({ date: h.date, name: h.name }).where('id', '=', h.id).executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw notFound({ vi: 'ngày nghỉ', en: 'The holiday' });
  } else await db.insertInto('holidays').values({ id: newId(), date: h.date, name: h.name }).execute();
  return listHolidays(db);
}

export async function deleteHoliday(db: Kysely<DB>, id: string): Promise<Holiday[]> {
  const r = await db.deleteFrom('holidays').where('id', '=', id).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw notFound({ vi: 'ngày nghỉ', en: 'The holiday' });
  return listHolidays(db);
}
