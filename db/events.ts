import type { Kysely } from 'kysely';
import type { EventKind, EventRecord, EventSummary } from '../shared/contract/events';
import type { FormerPosts } from '../shared/precedence/rules';
import type { ToneStyle } from '../shared/text';
import { notFound } from '../shared/result';
import { seedBuiltinCategories } from './categories';
import { seedPrecedenceRules } from './precedence-rules';
import { newId, nowIso } from './clock';
import type { DB, EventsTable } from './schema';

type EventFields = Omit<EventsTable, 'id' | 'createdAt' | 'updatedAt' | 'toneStyle' | 'hostOrganizations' | 'formerPosts' | 'seniorLevel'> & {
  toneStyle?: string | undefined;
};

const toRecord = (row: EventsTable): EventRecord => ({
  ...row,
  kind: row.kind as EventKind,
  toneStyle: row.toneStyle as ToneStyle,
  hostOrganizations: JSON.parse(row.hostOrganizations) as string[],
  formerPosts: row.formerPosts as FormerPosts,
});
const eventNotFound = () => notFound({ vi: 'hội nghị', en: 'The event' });

export async function listEvents(db: Kysely<DB>): Promise<EventSummary[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll('events')
    .select((eb) => eb.selectFrom('delegates').whereRef('delegates.eventId', '=', 'events.id').select(eb.fn.countAll<number>().as('n')).as('delegateCount'))
    .orderBy('startDate', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map((r) => ({ ...toRecord(r), delegateCount: Number(r.delegateCount ?? 0) }));
}

export async function getEvent(db: Kysely<DB>, id: string): Promise<EventRecord> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw eventNotFound();
  return toRecord(row);
}

export async function createEvent(db: Kysely<DB>, values: EventFields): Promise<EventRecord> {
  const at = nowIso();
  const row: EventsTable = {
    id: newId(),
    ...pick(values),
    toneStyle: values.toneStyle ?? 'old',
    hostOrganizations: '[]',
    formerPosts: 'after-holders',
    seniorLevel: null,
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('events').values(row).execute();
  await seedBuiltinCategories(db, row.id);
  await seedPrecedenceRules(db, row.id);
  return toRecord(row);
}

export async function updateEvent(db: Kysely<DB>, id: string, values: EventFields): Promise<EventRecord> {
  const res = await db
    .updateTable('events')
    .set({ ...pick(values), ...(values.toneStyle ? { toneStyle: values.toneStyle } : {}), updatedAt: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw eventNotFound();
  return getEvent(db, id);
}

export async function deleteEvent(db: Kysely<DB>, id: string): Promise<void> {
  const res = await db.deleteFrom('events').where('id', '=', id).executeTakeFirst();
  if (res.numDeletedRows === 0n) throw eventNotFound();
}

// Only the columns; a caller's object may carry more (an id from the update input).
function pick(v: EventFields): Omit<EventFields, 'toneStyle'> {
  return {
    name: v.name,
    kind: v.kind,
    startDate: v.startDate,
    endDate: v.endDate,
    startTime: v.startTime,
    venue: v.venue,
    organizer: v.organizer,
    description: v.description,
  };
}

/** Who the check-in counts as a senior guest (null: the standard cut). */
export async function setSeniorLevel(db: Kysely<DB>, id: string, level: number | null): Promise<void> {
  const res = await db.updateTable('events').set({ seniorLevel: level, updatedAt: nowIso() }).where('id', '=', id).executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw eventNotFound();
}

/** Who hosts and how former posts rank (the precedence settings kept on the event). */
export async function setEventPrecedence(db: Kysely<DB>, id: string, hosts: readonly string[], formerPosts: FormerPosts): Promise<EventRecord> {
  await db
    .updateTable('events')
    .set({ hostOrganizations: JSON.stringify(hosts), formerPosts, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return getEvent(db, id);
}
