import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AutoSeatSummary, PlanNumbering, PlanNumbers, PlanSeat, SeatingPlan, SeatPlace } from '../shared/contract/seating';
import { DomainError, notFound } from '../shared/result';
import { buildOrder } from '../shared/precedence/order';
import { autoSeat, type SeatedPerson } from '../shared/seating/auto-seat';
import type { SeatNumbering } from '../shared/seating/centre-out';
import { layOutPlan } from '../shared/seating/layout';
import { belongsToPlan } from '../shared/seating/plan-people';
import { areaNameOf } from '../shared/seating/seat-label';
import { identityKey } from '../shared/text';
import { assertBridgePointOfEvent } from './bridge-points';
import { assertCategoryOfEvent } from './categories';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import { insertMany } from './history/bulk';
import { orderInputs } from './precedence';
import type { DB, PlanSeatsTable, SeatingPlansTable } from './schema';
import { camelColumns, insertRows, prepared } from './statements';

export const toPlan = (r: SeatingPlansTable): SeatingPlan => ({
  ...r,
  viewpoint: r.viewpoint as SeatingPlan['viewpoint'],
  numbering: r.numbering as PlanNumbering,
  rowLabels: r.rowLabels as SeatingPlan['rowLabels'],
  spec: JSON.parse(r.spec) as PlanNumbers,
});

const toSeat = (r: PlanSeatsTable): PlanSeat => ({
  ...r,
  zone: r.zone as PlanSeat['zone'],
  blocked: r.blocked === 1,
  reservedKind: r.reservedKind as PlanSeat['reservedKind'],
  locked: r.locked === 1,
});

const planNotFound = () => notFound({ vi: 'sơ đồ chỗ ngồi', en: 'The seating plan' });

export const numberingOf = (n: PlanNumbering): SeatNumbering =>
  n === 'left-to-right' ? { kind: 'left-to-right' } : { kind: 'odd-even', oddSide: n === 'odd-left' ? 'left' : 'right' };

export async function listPlaces(db: Kysely<DB>, eventId: string): Promise<SeatPlace[]> {
  const rows = await db
    .selectFrom('planSeats as s')
    .innerJoin('seatingPlans as p', 'p.id', 's.planId')
    .select(['s.delegateId', 's.planId', 'p.name as planName', 'p.spec', 's.zone', 's.area', 's.rowLabel', 's.number'])
    .where('s.eventId', '=', eventId)
    .where('s.delegateId', 'is not', null)
    .orderBy('p.sortOrder')
    .orderBy('p.createdAt')
    .execute();
  const specs = new Map<string, PlanNumbers>();
  return rows.map(({ spec, area, ...r }) => {
    let parsed = specs.get(r.planId);
    if (!parsed) specs.set(r.planId, (parsed = JSON.parse(spec) as PlanNumbers));
    return { ...r, delegateId: r.delegateId!, zone: r.zone as SeatPlace['zone'], areaName: areaNameOf(parsed, area) };
  });
}

export async function listPlans(db: Kysely<DB>, eventId: string): Promise<SeatingPlan[]> {
  const rows = await db.selectFrom('seatingPlans').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').orderBy('createdAt').execute();
  return rows.map(toPlan);
}

export async function planRow(db: Kysely<DB>, planId: string): Promise<SeatingPlansTable> {
  const row = await db.selectFrom('seatingPlans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!row) throw planNotFound();
  return row;
}

/** A new plan goes after the event's others. */
export async function nextSortOrder(db: Kysely<DB>, eventId: string): Promise<number> {
  const last = await db
    .selectFrom('seatingPlans')
    .select((eb) => eb.fn.max('sortOrder').as('n'))
    .where('eventId', '=', eventId)
    .executeTakeFirst();
  return Number(last?.n ?? -1) + 1;
}

export interface NewPlan {
  eventId: string;
  name: string;
  bridgePointId: string | null;
  numbering: PlanNumbering;
  rowLabels: 'letters' | 'numbers';
  frontRows: number;
  numbers: PlanNumbers;
}

export const SEAT_COLUMNS = ['id', 'event_id', 'plan_id', 'seat_key', 'zone', 'area', 'row_index', 'row_label', 'section', 'x', 'y', 'number'];

/** A plan and all its seats, laid out from the numbers; the seats written through the history's bulk path. */
export async function createPlan(db: Kysely<DB>, sqlite: BetterSqlite3.Database, p: NewPlan): Promise<SeatingPlan> {
  await getEvent(db, p.eventId);
  if (p.bridgePointId) await assertBridgePointOfEvent(db, p.bridgePointId, p.eventId);
  const at = nowIso();
  const row: SeatingPlansTable = {
    id: newId(),
    eventId: p.eventId,
    name: p.name,
    bridgePointId: p.bridgePointId,
    viewpoint: 'audience',
    numbering: p.numbering,
    rowLabels: p.rowLabels,
    frontRows: p.frontRows,
    spec: JSON.stringify(p.numbers),
    sortOrder: await nextSortOrder(db, p.eventId),
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('seatingPlans').values(row).execute();
  const seats = layOutPlan({ ...p.numbers, rowLabels: p.rowLabels, numbering: numberingOf(p.numbering) });
  await insertMany(sqlite, 'plan_seats', async () =>
    insertRows(
      sqlite,
      'plan_seats',
      SEAT_COLUMNS,
      seats.map((s) => [newId(), p.eventId, row.id, s.key, s.zone, s.area, s.row, s.rowLabel, s.section, s.x, s.y, s.number]),
    ),
  );
  return toPlan(row);
}

export async function updatePlan(
  db: Kysely<DB>,
  planId: string,
  set: { name?: string | undefined; viewpoint?: 'audience' | 'stage' | undefined; frontRows?: number | undefined },
): Promise<SeatingPlan> {
  await planRow(db, planId);
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(values).length)
    await db
      .updateTable('seatingPlans')
      .set({ ...values, updatedAt: nowIso() })
      .where('id', '=', planId)
      .execute();
  return toPlan(await planRow(db, planId));
}

export async function deletePlan(db: Kysely<DB>, planId: string): Promise<void> {
  const r = await db.deleteFrom('seatingPlans').where('id', '=', planId).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw planNotFound();
}

/**
 * A plan's seats, front to back and left to right, through one prepared statement (a plan has
 * thousands; the query builder's per-row mapping costs more than the read). Every column, in
 * camelCase, read from the file. Outside a transaction it waits for the connection, so it never
 * sees another call's write half done.
 */
export async function planSeats(db: Kysely<DB>, sqlite: BetterSqlite3.Database, planId: string): Promise<PlanSeat[]> {
  const read = () =>
    (
      prepared(sqlite, `SELECT ${camelColumns(sqlite, 'plan_seats')} FROM plan_seats WHERE plan_id = ? ORDER BY zone DESC, row_index, x, id`).all(
        planId,
      ) as PlanSeatsTable[]
    ).map(toSeat);
  return db.isTransaction ? read() : db.connection().execute(async () => read());
}

async function presidiumOf(db: Kysely<DB>, planId: string): Promise<string[]> {
  const rows = await db.selectFrom('presidiumMembers').select('delegateId').where('planId', '=', planId).orderBy('id').execute();
  return rows.map((r) => r.delegateId);
}

export async function getPlan(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  planId: string,
): Promise<{ plan: SeatingPlan; seats: PlanSeat[]; presidium: string[] }> {
  const plan = toPlan(await planRow(db, planId));
  return { plan, seats: await planSeats(db, sqlite, planId), presidium: await presidiumOf(db, planId) };
}

export async function setPresidium(db: Kysely<DB>, planId: string, delegateIds: readonly string[]): Promise<string[]> {
  const plan = await planRow(db, planId);
  const ids = [...new Set(delegateIds)];
  if (ids.length) {
    const found = await db.selectFrom('delegates').select('id').where('eventId', '=', plan.eventId).where('id', 'in', ids).execute();
    if (found.length !== ids.length)
      throw new DomainError('NOT_FOUND', {
        vi: 'Có đại biểu được chọn không còn trong hội nghị này. Không có gì bị thay đổi.',
        en: 'Some of the chosen delegates are no longer in this event. Nothing was changed.',
      });
  }
  const current = new Set(await presidiumOf(db, planId));
  const wanted = new Set(ids);
  const gone = [...current].filter((id) => !wanted.has(id));
  if (gone.length) await db.deleteFrom('presidiumMembers').where('planId', '=', planId).where('delegateId', 'in', gone).execute();
  const added = ids.filter((id) => !current.has(id));
  if (added.length)
    await db
      .insertInto('presidiumMembers')
      .values(added.map((delegateId) => ({ id: newId(), eventId: plan.eventId, planId, delegateId })))
      .execute();
  return presidiumOf(db, planId);
}

/**
 * The protocol auto-seating of a plan (shared/seating/auto-seat.ts) over the event's order of
 * precedence, and, when `write`, the seats whose occupant changes updated (emptied first, so the
 * one-seat-per-delegate key never sees a delegate twice).
 */
export async function autoSeatPlan(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  planId: string,
  mode: 'all' | 'unseated',
  write: boolean,
): Promise<AutoSeatSummary & { seats: PlanSeat[] }> {
  // The seat updates go through `sqlite`: outside the call's transaction each would commit alone.
  if (write && !sqlite.inTransaction) throw new Error('autoSeatPlan must write inside the dispatch transaction');
  const plan = await planRow(db, planId);
  const seats = await planSeats(db, sqlite, planId);
  const presidium = new Set(await presidiumOf(db, planId));
  const pointsWithPlans = new Set(
    (await db.selectFrom('seatingPlans').select('bridgePointId').where('eventId', '=', plan.eventId).where('bridgePointId', 'is not', null).execute()).map(
      (r) => r.bridgePointId,
    ),
  );
  const inPlan = belongsToPlan(plan, pointsWithPlans);
  // The delegates read once: for the plan's people and for their order of precedence.
  const inputs = await orderInputs(db, sqlite, plan.eventId);
  const people = new Map<string, SeatedPerson>();
  for (const d of inputs.people)
    if (inPlan(d.bridgePointId))
      people.set(d.id, {
        id: d.id,
        unitKey: d.organization ? identityKey(d.organization) : null,
        categoryId: d.categoryId,
        bridgePointId: d.bridgePointId,
        presidium: presidium.has(d.id),
      });
  const order = buildOrder(inputs.people, inputs.settings);
  const result = autoSeat({
    seats: seats.map((s) => ({
      id: s.id,
      zone: s.zone,
      row: s.rowIndex,
      x: s.x,
      blocked: s.blocked,
      reserved: s.reservedKind && s.reservedKey ? { kind: s.reservedKind, key: s.reservedKey } : null,
    })),
    people,
    order: order.entries.map((e) => e.id).filter((id) => people.has(id)),
    excluded: order.excluded.filter((e) => people.has(e.id)),
    current: new Map(seats.filter((s) => s.delegateId).map((s) => [s.id, s.delegateId!])),
    locked: new Set(seats.filter((s) => s.locked).map((s) => s.id)),
    frontRows: plan.frontRows,
    mode,
  });
  const summary = { seated: result.seated, moved: result.moved, kept: result.kept, unseated: result.unseated };
  if (!write) return { ...summary, seats };

  const changed = seats.filter((s) => (result.assignment.get(s.id) ?? null) !== s.delegateId);
  const setSeat = prepared(sqlite, 'UPDATE plan_seats SET delegate_id = ? WHERE id = ?');
  for (const s of changed) if (s.delegateId !== null) setSeat.run(null, s.id);
  for (const s of changed) {
    const who = result.assignment.get(s.id);
    if (who) setSeat.run(who, s.id);
  }
  if (changed.length) await db.updateTable('seatingPlans').set({ updatedAt: nowIso() }).where('id', '=', planId).execute();
  return { ...summary, seats: await planSeats(db, sqlite, planId) };
}

const seatNotFound = () => notFound({ vi: 'ghế', en: 'The seat' });

async function seatsById(db: Kysely<DB>, sqlite: BetterSqlite3.Database, planId: string, ids: readonly string[]): Promise<PlanSeat[]> {
  const wanted = new Set(ids);
  return (await planSeats(db, sqlite, planId)).filter((s) => wanted.has(s.id));
}

/**
 * A delegate put on a seat by hand (moved, when he sits elsewhere in the plan), swapped with the
 * seat's occupant when asked, or a seat emptied. Seats are emptied before they are filled, so the
 * one-seat-per-delegate key never sees him twice; a seat emptied by hand loses its lock (it kept
 * that person there).
 */
export async function assignSeat(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  p: { planId: string; seatId: string; delegateId: string | null; swap: boolean },
): Promise<PlanSeat[]> {
  const plan = await planRow(db, p.planId);
  const seats = await planSeats(db, sqlite, p.planId);
  const seat = seats.find((s) => s.id === p.seatId);
  if (!seat) throw seatNotFound();
  // A lock is the organizer's word about a person ("keep him there"): it goes where he goes.
  const put = (seatId: string, delegateId: string | null, locked: boolean) =>
    db
      .updateTable('planSeats')
      .set({ delegateId, locked: locked ? 1 : 0 })
      .where('id', '=', seatId)
      .execute();

  if (p.delegateId === null) {
    if (seat.delegateId !== null) await put(seat.id, null, false);
    return seatsById(db, sqlite, p.planId, [seat.id]);
  }
  const person = await db.selectFrom('delegates').select(['eventId', 'fullName']).where('id', '=', p.delegateId).executeTakeFirst();
  if (!person || person.eventId !== plan.eventId)
    throw new DomainError('VALIDATION', { vi: 'Đại biểu không thuộc hội nghị này.', en: 'That delegate does not belong to this event.' });
  if (seat.blocked)
    throw new DomainError('CONFLICT', {
      vi: `Ghế ${seat.rowLabel}-${seat.number} đang để trống (không dùng). Không có gì bị thay đổi.`,
      en: `Seat ${seat.rowLabel}-${seat.number} is blocked. Nothing was changed.`,
    });
  const from = seats.find((s) => s.delegateId === p.delegateId) ?? null;
  if (from?.id === seat.id) return [seat];
  const occupant = seat.delegateId;
  if (occupant !== null && !p.swap) {
    const who = await db.selectFrom('delegates').select('fullName').where('id', '=', occupant).executeTakeFirst();
    throw new DomainError(
      'CONFLICT',
      {
        vi: `Ghế ${seat.rowLabel}-${seat.number} đã có ${who?.fullName ?? 'người ngồi'}. Hãy đổi chỗ hai người, hoặc chọn ghế khác.`,
        en: `Seat ${seat.rowLabel}-${seat.number} is taken by ${who?.fullName ?? 'someone'}. Swap the two, or pick another seat.`,
      },
      { occupant },
    );
  }
  // Emptied first, then filled: a swap passes through two empty seats, never a delegate in two.
  if (from) await put(from.id, null, false);
  if (occupant !== null) await put(seat.id, null, false);
  await put(seat.id, p.delegateId, from?.locked ?? false);
  if (from && occupant !== null) await put(from.id, occupant, seat.locked);
  return seatsById(db, sqlite, p.planId, from ? [from.id, seat.id] : [seat.id]);
}

export interface SeatMarks {
  blocked?: boolean | undefined;
  locked?: boolean | undefined;
  reserved?: { kind: 'category' | 'unit' | 'bridgePoint'; key: string } | null | undefined;
  blockName?: string | null | undefined;
}

/** Blocks, locks, reserves or names seats of one plan, all or none. */
export async function markSeats(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  planId: string,
  seatIds: readonly string[],
  set: SeatMarks,
): Promise<PlanSeat[]> {
  const plan = await planRow(db, planId);
  const ids = [...new Set(seatIds)];
  const seats = await seatsById(db, sqlite, planId, ids);
  if (seats.length !== ids.length) throw seatNotFound();
  if (set.blocked) {
    const taken = seats.filter((s) => s.delegateId !== null).length;
    if (taken)
      throw new DomainError('CONFLICT', {
        vi: `${taken.toLocaleString('vi-VN')} ghế đã chọn đang có người ngồi: hãy chuyển họ sang ghế khác trước khi để trống ghế. Không có gì bị thay đổi.`,
        en: `${taken.toLocaleString('en-GB')} of the chosen seats are taken: move those delegates first. Nothing was changed.`,
      });
  }
  // A lock keeps a person in his seat: an empty seat has nobody to keep (auto-seating would fill it
  // and then never move whoever landed there). Of the chosen seats, the taken ones are locked.
  const lockIds = set.locked ? seats.filter((s) => s.delegateId !== null).map((s) => s.id) : ids;
  if (set.locked && lockIds.length === 0)
    throw new DomainError('CONFLICT', {
      vi: 'Chỉ khoá được ghế đã có người ngồi: khoá giữ người đó ở chỗ của mình khi xếp chỗ tự động. Không có gì bị thay đổi.',
      en: 'Only a taken seat can be locked: a lock keeps its occupant there when seating automatically. Nothing was changed.',
    });
  if (set.reserved && seats.some((s) => s.zone === 'presidium'))
    throw new DomainError('CONFLICT', {
      vi: 'Ghế Đoàn Chủ tịch không dành riêng được: Đoàn Chủ tịch do ban tổ chức chọn (★). Không có gì bị thay đổi.',
      en: 'Presidium seats cannot be reserved: the presidium is chosen by the organizers (★). Nothing was changed.',
    });
  let reserved: { reservedKind: string | null; reservedKey: string | null } | undefined;
  if (set.reserved === null) reserved = { reservedKind: null, reservedKey: null };
  else if (set.reserved) {
    const { kind, key } = set.reserved;
    if (kind === 'category') await assertCategoryOfEvent(db, key, plan.eventId);
    if (kind === 'bridgePoint') await assertBridgePointOfEvent(db, key, plan.eventId);
    // A unit is reserved by its folded name, as auto-seating matches delegates' units.
    reserved = { reservedKind: kind, reservedKey: kind === 'unit' ? identityKey(key) : key };
  }
  const values = {
    ...(set.blocked === undefined ? {} : { blocked: set.blocked ? 1 : 0 }),
    ...(reserved ?? {}),
    ...(set.blockName === undefined ? {} : { blockName: set.blockName }),
  };
  if (Object.keys(values).length)
    for (let i = 0; i < ids.length; i += 500)
      await db
        .updateTable('planSeats')
        .set(values)
        .where('planId', '=', planId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
  if (set.locked !== undefined)
    for (let i = 0; i < lockIds.length; i += 500)
      await db
        .updateTable('planSeats')
        .set({ locked: set.locked ? 1 : 0 })
        .where('planId', '=', planId)
        .where('id', 'in', lockIds.slice(i, i + 500))
        .execute();
  return seatsById(db, sqlite, planId, ids);
}
