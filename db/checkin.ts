import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { judgeCode, readBadgeCode } from '../shared/badges/qr-payload';
import type { CheckinFound, CheckinPerson, CheckinStatus, CheckInMethod, CheckInRecord, CountLine } from '../shared/contract/checkin';
import type { BuiltinCategory, DelegateStatus } from '../shared/contract/delegates';
import { DELEGATE_STATUSES } from '../shared/contract/delegates';
import type { SeatPlace } from '../shared/contract/seating';
import { buildIndex, filterEntries, type IndexEntry } from '../shared/delegate-list';
import { DomainError, notFound } from '../shared/result';
import { isSeniorLevel, seniorCut } from '../shared/checkin/senior';
import { areaNameOf } from '../shared/seating/seat-label';
import type { PlanNumbers } from '../shared/contract/seating';
import { newId, nowIso } from './clock';
import { listDelegates } from './delegates';
import { getEvent } from './events';
import { precedenceOrder } from './precedence';
import type { DB } from './schema';

const RECENT = 8;
const SENIORS_SHOWN = 100;

const toCheckIn = (r: DB['checkIns']): CheckInRecord => ({ ...r, method: r.method as CheckInMethod });

/** The desk's view of these delegates of the event, in the order of `ids` (ids of other events are left out). */
async function peopleOf(db: Kysely<DB>, eventId: string, ids: readonly string[]): Promise<CheckinPerson[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('delegates as d')
    .innerJoin('categories as c', 'c.id', 'd.categoryId')
    .leftJoin('bridgePoints as b', 'b.id', 'd.bridgePointId')
    .leftJoin('checkIns as k', (j) => j.onRef('k.delegateId', '=', 'd.id').onRef('k.eventId', '=', 'd.eventId'))
    .select([
      'd.id',
      'd.fullName',
      'd.title',
      'd.organization',
      'd.categoryId',
      'c.code as categoryCode',
      'c.label as categoryLabel',
      'd.bridgePointId',
      'b.name as bridgePointName',
      'd.status',
      'k.id as kId',
      'k.checkedAt',
      'k.desk',
      'k.method',
    ])
    .where('d.eventId', '=', eventId)
    .where('d.id', 'in', ids)
    .execute();
  const seats = await db
    .selectFrom('planSeats as s')
    .innerJoin('seatingPlans as p', 'p.id', 's.planId')
    .select(['s.delegateId', 's.planId', 'p.name as planName', 'p.spec', 's.zone', 's.area', 's.rowLabel', 's.number'])
    .where('s.eventId', '=', eventId)
    .where('s.delegateId', 'in', ids)
    .orderBy('p.sortOrder')
    .orderBy('p.createdAt')
    .execute();
  const seatsOf = new Map<string, SeatPlace[]>();
  for (const { spec, area, ...s } of seats) {
    const place: SeatPlace = {
      ...s,
      delegateId: s.delegateId!,
      zone: s.zone as SeatPlace['zone'],
      areaName: areaNameOf(JSON.parse(spec) as PlanNumbers, area),
    };
    seatsOf.set(place.delegateId, [...(seatsOf.get(place.delegateId) ?? []), place]);
  }
  const byId = new Map(
    rows.map((r): [string, CheckinPerson] => [
      r.id,
      {
        id: r.id,
        fullName: r.fullName,
        title: r.title,
        organization: r.organization,
        categoryId: r.categoryId,
        categoryCode: r.categoryCode as BuiltinCategory | null,
        categoryLabel: r.categoryLabel,
        bridgePointId: r.bridgePointId,
        bridgePointName: r.bridgePointName,
        status: r.status as DelegateStatus,
        seats: seatsOf.get(r.id) ?? [],
        checkIn: r.kId === null ? null : { id: r.kId, eventId, delegateId: r.id, checkedAt: r.checkedAt!, desk: r.desk!, method: r.method as CheckInMethod },
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// The search index of an event's delegates, built again only when a delegate changes (count and latest edit).
const indexes = new WeakMap<BetterSqlite3.Database, Map<string, { stamp: string; index: IndexEntry[] }>>();

async function searchIndex(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<IndexEntry[]> {
  const s = await db
    .selectFrom('delegates')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updatedAt').as('at')])
    .where('eventId', '=', eventId)
    .executeTakeFirstOrThrow();
  const stamp = `${s.n}|${s.at ?? ''}`;
  const perEvent = indexes.get(sqlite) ?? new Map<string, { stamp: string; index: IndexEntry[] }>();
  indexes.set(sqlite, perEvent);
  const hit = perEvent.get(eventId);
  if (hit?.stamp === stamp) return hit.index;
  const index = buildIndex(await listDelegates(db, sqlite, eventId)).sort((a, b) => a.nameOrder - b.nameOrder);
  perEvent.set(eventId, { stamp, index });
  return index;
}

/** A badge's code (its delegate), or part of a name, title, unit or phone, diacritics optional. */
export async function findForCheckin(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string, text: string, limit: number): Promise<CheckinFound> {
  await getEvent(db, eventId);
  const code = readBadgeCode(text);
  if (code) return { kind: 'code', people: await peopleOf(db, eventId, [code.delegateId]), more: false };
  if (!text.trim()) return { kind: 'name', people: [], more: false };
  const found = filterEntries(await searchIndex(db, sqlite, eventId), text);
  return {
    kind: 'name',
    people: await peopleOf(
      db,
      eventId,
      found.slice(0, limit).map((e) => e.delegate.id),
    ),
    more: found.length > limit,
  };
}

// Day first with the full year, as everything the app writes (docs/DECISIONS.md).
const clock = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** The warning for a second check-in: who, when and at which desk. */
const alreadyMessage = (p: { fullName: string }, k: { checkedAt: string; desk: string }) => ({
  vi: `${p.fullName} đã điểm danh lúc ${clock(k.checkedAt)} tại bàn “${k.desk}”. Không ghi lần thứ hai.`,
  en: `${p.fullName} already checked in at ${clock(k.checkedAt)} at the desk “${k.desk}”. Not recorded twice.`,
});

const refused = (reason: string, vi: string, en: string, details: Record<string, unknown> = {}) =>
  new DomainError('FORBIDDEN', { vi, en }, { reason, ...details });

/** Lets one delegate in (a scanned code or an id), or says why not; the database's unique key is the last guard. */
export async function checkIn(
  db: Kysely<DB>,
  eventId: string,
  target: { code: string } | { delegateId: string },
  desk: string,
): Promise<{ person: CheckinPerson; checkIn: CheckInRecord }> {
  await getEvent(db, eventId);
  let delegateId: string;
  let method: CheckInMethod;
  if ('code' in target) {
    const code = readBadgeCode(target.code);
    if (!code)
      throw new DomainError('VALIDATION', {
        vi: 'Không đọc được mã thẻ này: đây không phải thẻ đại biểu của phần mềm.',
        en: 'This code cannot be read: it is not one of our delegate badges.',
      });
    if (code.eventId !== eventId)
      throw refused('other-event', 'Thẻ này của một hội nghị khác, không dùng được ở đây.', 'This badge is for another event; it is not valid here.');
    const latest = await db
      .selectFrom('badgePrints')
      .select((eb) => eb.fn.max('issue').as('issue'))
      .where('delegateId', '=', code.delegateId)
      .where('eventId', '=', eventId)
      .executeTakeFirst();
    const verdict = judgeCode(code, eventId, latest?.issue ?? null);
    const [person] = await peopleOf(db, eventId, [code.delegateId]);
    if (!person) throw notFound({ vi: 'đại biểu của thẻ này', en: 'The delegate of this badge' });
    if (verdict === 'replaced')
      throw refused(
        'replaced',
        `Thẻ đã được cấp lại: thẻ này (lần ${code.issue}) của ${person.fullName} không còn giá trị, chỉ thẻ cấp lần ${latest!.issue} được vào.`,
        `This badge was replaced: ${person.fullName}'s badge no. ${code.issue} is no longer valid, only badge no. ${latest!.issue} is.`,
        { person },
      );
    if (verdict === 'not-issued')
      throw refused(
        'not-issued',
        `Thẻ này (lần ${code.issue}) của ${person.fullName} chưa được ghi nhận là đã in. Hãy tìm theo tên.`,
        `No badge no. ${code.issue} was recorded as printed for ${person.fullName}. Find them by name.`,
        { person },
      );
    delegateId = code.delegateId;
    method = 'scan';
  } else {
    delegateId = target.delegateId;
    method = 'search';
  }
  const [person] = await peopleOf(db, eventId, [delegateId]);
  if (!person) throw notFound({ vi: 'đại biểu', en: 'The delegate' });
  if (person.checkIn) throw new DomainError('CONFLICT', alreadyMessage(person, person.checkIn), { reason: 'already', person, checkIn: person.checkIn });
  const row: CheckInRecord = { id: newId(), eventId, delegateId, checkedAt: nowIso(), desk, method };
  await db.insertInto('checkIns').values(row).execute();
  return { person: { ...person, checkIn: row }, checkIn: row };
}

/** Takes a check-in back. */
export async function undoCheckIn(db: Kysely<DB>, eventId: string, delegateId: string): Promise<CheckinPerson> {
  await getEvent(db, eventId);
  const [person] = await peopleOf(db, eventId, [delegateId]);
  if (!person) throw notFound({ vi: 'đại biểu', en: 'The delegate' });
  if (!person.checkIn) throw new DomainError('VALIDATION', { vi: `${person.fullName} chưa điểm danh.`, en: `${person.fullName} has not checked in.` });
  await db.deleteFrom('checkIns').where('eventId', '=', eventId).where('delegateId', '=', delegateId).execute();
  return { ...person, checkIn: null };
}

export async function checkInsOf(db: Kysely<DB>, eventId: string): Promise<CheckInRecord[]> {
  return (await db.selectFrom('checkIns').selectAll().where('eventId', '=', eventId).orderBy('checkedAt', 'desc').execute()).map(toCheckIn);
}

/** The live counts, the seniors not arrived and the latest check-ins. */
export async function checkinStatus(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<CheckinStatus> {
  const cut = seniorCut((await getEvent(db, eventId)).seniorLevel);
  const [people, categories, points, checkIns, order] = await Promise.all([
    listDelegates(db, sqlite, eventId),
    db.selectFrom('categories').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').execute(),
    db.selectFrom('bridgePoints').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').execute(),
    checkInsOf(db, eventId),
    precedenceOrder(db, sqlite, eventId),
  ]);
  const inIds = new Set(checkIns.map((k) => k.delegateId));
  const lines = (keys: { key: string; code: string | null; label: string | null }[], keyOf: (d: (typeof people)[number]) => string): CountLine[] => {
    const at = new Map(keys.map((k) => [k.key, { ...k, expected: 0, checkedIn: 0 }]));
    for (const d of people) {
      const line = at.get(keyOf(d));
      if (!line) continue;
      if (d.status !== 'declined') line.expected++;
      if (inIds.has(d.id)) line.checkedIn++;
    }
    return [...at.values()];
  };
  const withoutPoint = people.some((d) => d.bridgePointId === null);
  const senior = new Set(categories.filter((c) => c.code === 'guest').map((c) => c.id));
  const byId = new Map(people.map((d) => [d.id, d]));
  const seniorIds = order.entries
    .filter((e) => !inIds.has(e.id) && (isSeniorLevel(e.level, cut) || senior.has(byId.get(e.id)?.categoryId ?? '')))
    .slice(0, SENIORS_SHOWN)
    .map((e) => e.id);
  return {
    expected: people.filter((d) => d.status !== 'declined').length,
    checkedIn: people.filter((d) => inIds.has(d.id)).length,
    byCategory: lines(
      categories.map((c) => ({ key: c.id, code: c.code, label: c.label })),
      (d) => d.categoryId,
    ),
    byBridgePoint: lines(
      [...(withoutPoint ? [{ key: '', code: null, label: null }] : []), ...points.map((p) => ({ key: p.id, code: null, label: p.name }))],
      (d) => d.bridgePointId ?? '',
    ),
    byStatus: lines(
      DELEGATE_STATUSES.map((s) => ({ key: s, code: s, label: null })),
      (d) => d.status,
    ),
    seniorsAbsent: await peopleOf(db, eventId, seniorIds),
    seniorLevel: cut,
    recent: await peopleOf(
      db,
      eventId,
      checkIns.slice(0, RECENT).map((k) => k.delegateId),
    ),
  };
}
