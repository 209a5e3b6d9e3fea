import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { builtinCategoryNames } from '../shared/categories';
import type { BuiltinCategory } from '../shared/contract/delegates';
import type { DroppedReservation, SeatingPlan } from '../shared/contract/seating';
import { identityKey } from '../shared/text';
import { assertBridgePointOfEvent } from './bridge-points';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import { insertMany } from './history/bulk';
import type { DB, SeatingPlansTable } from './schema';
import { nextSortOrder, planRow, planSeats, SEAT_COLUMNS, toPlan } from './seating';
import { insertRows } from './statements';

/** A category's name for matching across events: a built-in one by its code, an organizer's by its folded label. */
const categoryKey = (c: { code: string | null; label: string | null }) => (c.code ? `code:${c.code}` : `label:${identityKey(c.label ?? '')}`);
const categoryName = (c: { code: string | null; label: string | null }) =>
  c.code ? (builtinCategoryNames[c.code as BuiltinCategory]?.vi ?? c.code) : (c.label ?? '');

/**
 * How a reservation's key reads in the target event: the category or bridge point there of the same
 * name, or null (with the name it had) when there is none. A unit is reserved by its folded name,
 * the same in every event.
 */
async function reservationMapper(db: Kysely<DB>, fromEvent: string, toEvent: string) {
  const categories = await db.selectFrom('categories').select(['id', 'eventId', 'code', 'label']).where('eventId', 'in', [fromEvent, toEvent]).execute();
  const points = await db.selectFrom('bridgePoints').select(['id', 'eventId', 'name']).where('eventId', 'in', [fromEvent, toEvent]).execute();
  const targetCategory = new Map(categories.filter((c) => c.eventId === toEvent).map((c) => [categoryKey(c), c.id]));
  const targetPoint = new Map(points.filter((b) => b.eventId === toEvent).map((b) => [identityKey(b.name), b.id]));
  const sourceCategory = new Map(categories.filter((c) => c.eventId === fromEvent).map((c) => [c.id, c]));
  const sourcePoint = new Map(points.filter((b) => b.eventId === fromEvent).map((b) => [b.id, b]));
  return (kind: string, key: string): { key: string | null; name: string } => {
    if (kind === 'category') {
      const c = sourceCategory.get(key);
      return c ? { key: targetCategory.get(categoryKey(c)) ?? null, name: categoryName(c) } : { key: null, name: key };
    }
    if (kind === 'bridgePoint') {
      const b = sourcePoint.get(key);
      return b ? { key: targetPoint.get(identityKey(b.name)) ?? null, name: b.name } : { key: null, name: key };
    }
    return { key, name: key };
  };
}

/**
 * A plan copied into an event, nobody seated: its layout, numbering, labels, front rows,
 * viewpoint, blocked seats, block names and the reservations the target event can read. Seats keep
 * their keys (the copy's seats are the source's); locks are not copied, since they hold a person.
 */
export async function copyPlan(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  p: { planId: string; eventId: string; name?: string | undefined; bridgePointId: string | null },
): Promise<{ plan: SeatingPlan; seatCount: number; dropped: DroppedReservation[] }> {
  const source = await planRow(db, p.planId);
  await getEvent(db, p.eventId);
  if (p.bridgePointId) await assertBridgePointOfEvent(db, p.bridgePointId, p.eventId);
  const seats = await planSeats(db, sqlite, source.id);
  const mapped = await reservationMapper(db, source.eventId, p.eventId);
  const at = nowIso();
  const row: SeatingPlansTable = {
    ...source,
    id: newId(),
    eventId: p.eventId,
    name: p.name ?? (p.eventId === source.eventId ? `${source.name} (bản sao)` : source.name),
    bridgePointId: p.bridgePointId,
    sortOrder: await nextSortOrder(db, p.eventId),
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('seatingPlans').values(row).execute();

  const dropped = new Map<string, DroppedReservation>();
  const values = seats.map((s) => {
    let reserved: [string | null, string | null] = [null, null];
    if (s.reservedKind && s.reservedKey) {
      const m = mapped(s.reservedKind, s.reservedKey);
      if (m.key) reserved = [s.reservedKind, m.key];
      else {
        const k = `${s.reservedKind}:${s.reservedKey}`;
        const d = dropped.get(k) ?? { kind: s.reservedKind as DroppedReservation['kind'], name: m.name, seats: 0 };
        d.seats++;
        dropped.set(k, d);
      }
    }
    return [
      newId(),
      p.eventId,
      row.id,
      s.seatKey,
      s.zone,
      s.area,
      s.rowIndex,
      s.rowLabel,
      s.section,
      s.x,
      s.y,
      s.number,
      s.blocked ? 1 : 0,
      ...reserved,
      s.blockName,
    ];
  });
  await insertMany(sqlite, 'plan_seats', async () =>
    insertRows(sqlite, 'plan_seats', [...SEAT_COLUMNS, 'blocked', 'reserved_kind', 'reserved_key', 'block_name'], values),
  );
  return { plan: toPlan(row), seatCount: seats.length, dropped: [...dropped.values()] };
}
