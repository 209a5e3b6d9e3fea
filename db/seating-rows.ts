import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { MAX_PLAN_SEATS, ROW_LIMITS, type PlanNumbering, type PlanNumbers, type PlanSeat } from '../shared/contract/seating';
import type { Message } from '../shared/result';
import { DomainError, notFound } from '../shared/result';
import { editRows, insertion, rowsOf, type RowEdit, type RowPosition } from '../shared/seating/rows';
import { newId, nowIso } from './clock';
import { insertMany } from './history/bulk';
import type { DB, SeatingPlansTable } from './schema';
import { numberingOf, planRow, planSeats, SEAT_COLUMNS } from './seating';
import { insertRows, prepared } from './statements';

type Zone = PlanSeat['zone'];

const refused = (code: 'VALIDATION' | 'CONFLICT', m: Message) =>
  new DomainError(code, { vi: `${m.vi} Không có gì bị thay đổi.`, en: `${m.en} Nothing was changed.` });

const areaName = (spec: PlanNumbers, area: number | null) => (area === null ? '' : (spec.areas[area]?.name ?? String(area + 1)));

/** "hàng B (Tầng trệt)", "hàng 2 của Đoàn Chủ tịch": how the organizer names a seat's row. */
function rowName(spec: PlanNumbers, seat: PlanSeat): Message {
  return seat.zone === 'presidium'
    ? { vi: `hàng ${seat.rowLabel} của Đoàn Chủ tịch`, en: `presidium row ${seat.rowLabel}` }
    : { vi: `hàng ${seat.rowLabel} (${areaName(spec, seat.area)})`, en: `row ${seat.rowLabel} (${areaName(spec, seat.area)})` };
}

/** Why a row cannot go, or lose seats: who sits there. */
function takenMessage(kind: 'remove' | 'resize', row: Message, n: number, who: Message): Message {
  const vi = n.toLocaleString('vi-VN');
  const en = n.toLocaleString('en-GB');
  return kind === 'remove'
    ? {
        vi: `Còn ${vi} đại biểu ngồi ở ${row.vi}: ${who.vi}. Hãy chuyển họ sang ghế khác trước khi bỏ hàng.`,
        en: `${en} ${n === 1 ? 'delegate sits' : 'delegates sit'} in ${row.en}: ${who.en}. Move them before removing the row.`,
      }
    : {
        vi: `${vi} ghế sẽ bị bỏ ở ${row.vi} đang có người ngồi: ${who.vi}. Hãy chuyển họ vào giữa hàng hoặc sang ghế khác trước.`,
        en: `${en} of the seats ${row.en} would lose ${n === 1 ? 'is' : 'are'} taken: ${who.en}. Move them first.`,
      };
}

/** Up to three names of who sits on the seats, and how many more. */
async function whoSits(db: Kysely<DB>, seats: readonly PlanSeat[]): Promise<Message> {
  const ids = seats.map((s) => s.delegateId!).slice(0, 3);
  const found = await db.selectFrom('delegates').select(['id', 'fullName']).where('id', 'in', ids).execute();
  const names = ids.map((id) => found.find((f) => f.id === id)?.fullName ?? '?').join(', ');
  const more = seats.length - ids.length;
  return {
    vi: more ? `${names} và ${more.toLocaleString('vi-VN')} người khác` : names,
    en: more ? `${names} and ${more.toLocaleString('en-GB')} more` : names,
  };
}

/** The edit's seats written: the ones that go deleted, the ones that stay re-placed, the new ones made; the plan's seats after. */
async function applyEdit(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  plan: SeatingPlansTable,
  seats: readonly PlanSeat[],
  edit: RowEdit,
): Promise<PlanSeat[]> {
  // Written through `sqlite` below: outside the call's transaction each statement would commit alone.
  if (!sqlite.inTransaction) throw new Error('a row edit must write inside the dispatch transaction');
  const spec = JSON.parse(plan.spec) as PlanNumbers;
  const diff = editRows(seats, edit, { rowLabels: plan.rowLabels as 'letters' | 'numbers', numbering: numberingOf(plan.numbering as PlanNumbering) });
  const gone = new Set(diff.removed);
  const occupied = seats.filter((s) => gone.has(s.id) && s.delegateId !== null);
  if (occupied.length && edit.kind !== 'add')
    throw refused('CONFLICT', takenMessage(edit.kind, rowName(spec, occupied[0]!), occupied.length, await whoSits(db, occupied)));
  checkLimits(spec, diff.rows, seats.length - diff.removed.length + diff.added.length);

  for (let i = 0; i < diff.removed.length; i += 500)
    await db
      .deleteFrom('planSeats')
      .where('id', 'in', diff.removed.slice(i, i + 500))
      .execute();
  const move = prepared(sqlite, 'UPDATE plan_seats SET row_index = ?, row_label = ?, section = ?, x = ?, y = ?, number = ? WHERE id = ?');
  for (const m of diff.moved) move.run(m.rowIndex, m.rowLabel, m.section, m.x, m.y, m.number, m.id);
  if (diff.added.length)
    await insertMany(sqlite, 'plan_seats', async () =>
      insertRows(
        sqlite,
        'plan_seats',
        SEAT_COLUMNS,
        diff.added.map((s) => [newId(), plan.eventId, plan.id, s.key, s.zone, s.area, s.row, s.rowLabel, s.section, s.x, s.y, s.number]),
      ),
    );
  await db.updateTable('seatingPlans').set({ updatedAt: nowIso() }).where('id', '=', plan.id).execute();
  return planSeats(db, sqlite, plan.id);
}

/** The limits of createPlan's numbers, kept by every edit: rows on stage and per area, seats in the plan. */
function checkLimits(spec: PlanNumbers, rows: readonly { zone: Zone; area: number | null }[], total: number): void {
  const stage = rows.filter((r) => r.zone === 'presidium').length;
  if (stage > ROW_LIMITS.presidium.rows)
    throw refused('VALIDATION', {
      vi: `Đoàn Chủ tịch tối đa ${ROW_LIMITS.presidium.rows} hàng ghế.`,
      en: `The presidium has at most ${ROW_LIMITS.presidium.rows} rows.`,
    });
  for (let a = 0; a < spec.areas.length; a++)
    if (rows.filter((r) => r.zone === 'hall' && r.area === a).length > ROW_LIMITS.hall.rows)
      throw refused('VALIDATION', {
        vi: `Khu vực “${areaName(spec, a)}” tối đa ${ROW_LIMITS.hall.rows} hàng ghế.`,
        en: `The area “${areaName(spec, a)}” has at most ${ROW_LIMITS.hall.rows} rows.`,
      });
  if (!rows.some((r) => r.zone === 'hall')) throw refused('VALIDATION', { vi: 'Hội trường cần ít nhất một hàng ghế.', en: 'The hall needs at least one row.' });
  if (total > MAX_PLAN_SEATS)
    throw refused('VALIDATION', {
      vi: `Sơ đồ sẽ có ${total.toLocaleString('vi-VN')} ghế, quá ${MAX_PLAN_SEATS.toLocaleString('vi-VN')} ghế.`,
      en: `The plan would have ${total.toLocaleString('en-GB')} seats, more than ${MAX_PLAN_SEATS.toLocaleString('en-GB')}.`,
    });
}

const rowNotFound = () => notFound({ vi: 'hàng ghế', en: 'The row' });

async function planAndSeats(db: Kysely<DB>, sqlite: BetterSqlite3.Database, planId: string) {
  const plan = await planRow(db, planId);
  return { plan, spec: JSON.parse(plan.spec) as PlanNumbers, seats: await planSeats(db, sqlite, planId) };
}

export async function addRow(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  p: { planId: string; zone: Zone; area?: number | undefined; position: RowPosition; seats?: number | undefined; aisles?: number | undefined },
): Promise<PlanSeat[]> {
  const { plan, spec, seats } = await planAndSeats(db, sqlite, p.planId);
  const area = p.zone === 'presidium' ? null : (p.area ?? 0);
  if (area !== null && area >= spec.areas.length)
    throw refused('VALIDATION', {
      vi: `Sơ đồ chỉ có ${spec.areas.length} khu vực (${spec.areas.map((a) => a.name).join(', ')}).`,
      en: `The plan has ${spec.areas.length} ${spec.areas.length === 1 ? 'area' : 'areas'} (${spec.areas.map((a) => a.name).join(', ')}).`,
    });
  const at = insertion(rowsOf(seats), p.zone, area, p.position);
  if (!at) throw rowNotFound();
  if (p.area !== undefined && at.area !== p.area)
    throw refused('VALIDATION', {
      vi: `Hàng ghế đã chọn thuộc khu vực “${areaName(spec, at.area)}”, không phải “${areaName(spec, p.area)}”.`,
      en: `The chosen row is in “${areaName(spec, at.area)}”, not “${areaName(spec, p.area)}”.`,
    });
  const like = at.neighbour?.zone === p.zone ? at.neighbour : null;
  const count = p.seats ?? like?.seats;
  if (count === undefined)
    throw refused('VALIDATION', {
      vi: 'Hãy cho biết số ghế của hàng mới: chưa có hàng nào để làm theo.',
      en: 'Say how many seats the new row has: there is no row to follow.',
    });
  // A neighbour's aisles may not fit fewer seats: as many as fit, like layout.ts's sections.
  const aisles = p.zone === 'presidium' ? 0 : (p.aisles ?? Math.min(like?.aisles ?? 0, count - 1));
  return applyEdit(db, sqlite, plan, seats, { kind: 'add', index: at.index, row: { zone: p.zone, area: at.area, seats: count, aisles } });
}

function rowOf(seats: readonly PlanSeat[], zone: Zone, rowIndex: number): PlanSeat[] {
  const row = seats.filter((s) => s.zone === zone && s.rowIndex === rowIndex);
  if (!row.length) throw rowNotFound();
  return row;
}

export async function removeRow(db: Kysely<DB>, sqlite: BetterSqlite3.Database, p: { planId: string; zone: Zone; rowIndex: number }): Promise<PlanSeat[]> {
  const { plan, seats } = await planAndSeats(db, sqlite, p.planId);
  rowOf(seats, p.zone, p.rowIndex);
  return applyEdit(db, sqlite, plan, seats, { kind: 'remove', zone: p.zone, rowIndex: p.rowIndex });
}

export async function setRowSeats(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  p: { planId: string; zone: Zone; rowIndex: number; seats: number; aisles?: number | undefined },
): Promise<PlanSeat[]> {
  const { plan, seats } = await planAndSeats(db, sqlite, p.planId);
  const current = rowsOf(rowOf(seats, p.zone, p.rowIndex))[0]!;
  const aisles = p.zone === 'presidium' ? 0 : (p.aisles ?? Math.min(current.aisles, p.seats - 1));
  return applyEdit(db, sqlite, plan, seats, { kind: 'resize', zone: p.zone, rowIndex: p.rowIndex, seats: p.seats, aisles });
}
