import { centreOut } from './centre-out';

/**
 * Protocol auto-seating of one plan (issue 8, DOMAIN.md): the presidium first, in precedence order
 * centre-out; then the hall's front rows the same way, row after row; then everyone else kept
 * together by unit (side by side, the most senior nearest the centre); blocks reserved for a
 * category, a unit or a bridge point take their own people and nobody else; blocked seats take
 * nobody; locked seats keep who sits there. Pure: the caller reads the plan and the order of
 * precedence, and writes what this answers in one change set.
 */

export type Reservation = { kind: 'category' | 'unit' | 'bridgePoint'; key: string };

export interface PlanSeat {
  id: string;
  zone: 'presidium' | 'hall';
  /** 0 is the front row of its zone (the presidium's first row, the hall's first). */
  row: number;
  /** Across the row in the audience's view, left to right. */
  x: number;
  blocked: boolean;
  reserved: Reservation | null;
}

export interface SeatedPerson {
  id: string;
  /** The unit as identityKey folds it, so spellings of one unit are one unit; null: none. */
  unitKey: string | null;
  categoryId: string;
  bridgePointId: string | null;
  /** Marked by the organizer for the presidium (Đoàn Chủ tịch). */
  presidium: boolean;
}

/** not-in-plan: sat in this plan, but now belongs to another point's plan (or left the event). */
export type UnseatedReason = 'declined' | 'not-ranked' | 'block-full' | 'no-seat' | 'not-in-plan';

export interface AutoSeatInput {
  seats: readonly PlanSeat[];
  /** The plan's people, by id. */
  people: ReadonlyMap<string, SeatedPerson>;
  /** `precedence.order`: the ranked ids, most senior first. */
  order: readonly string[];
  /** Who precedence.order left out, and why. */
  excluded: readonly { id: string; why: 'declined' | 'category' }[];
  /** Seat id → delegate id, as the plan stands. */
  current: ReadonlyMap<string, string>;
  /** Seats whose occupant stays, whatever the run. */
  locked: ReadonlySet<string>;
  /** How many hall rows, from the front, are seated by precedence alone (before units). */
  frontRows: number;
  /** 'all' seats the plan again; 'unseated' only adds who has no seat, moving nobody. */
  mode: 'all' | 'unseated';
}

export interface AutoSeatResult {
  /** Seat id → delegate id: the whole plan after the run. */
  assignment: Map<string, string>;
  /** Had no seat, now have one. */
  seated: number;
  /** Had a seat, now another. */
  moved: number;
  /** In the same seat as before. */
  kept: number;
  unseated: { id: string; reason: UnseatedReason }[];
}

/** The seats of some rows in filling order: front row first, each row centre-out around the zone's axis. */
function fillingOrder(seats: readonly PlanSeat[], axis: number): PlanSeat[] {
  const rows = groupBy(seats, (s) => s.row);
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .flatMap((r) => {
      const row = rows.get(r)!;
      return centreOut(
        row.map((s) => s.x),
        axis,
      ).map((i) => row[i]!);
    });
}

/** Items by key, each group in the items' order, the groups in the order of their first item. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const axisOf = (seats: readonly PlanSeat[]) => {
  if (seats.length === 0) return 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of seats) {
    lo = Math.min(lo, s.x);
    hi = Math.max(hi, s.x);
  }
  return (lo + hi) / 2;
};

/** Which reserved block a person belongs to, if the plan has one for them: bridge point, then unit, then category. */
function blockOf(p: SeatedPerson, blocks: ReadonlySet<string>): string | null {
  const keys = [p.bridgePointId && `bridgePoint\u0000${p.bridgePointId}`, p.unitKey && `unit\u0000${p.unitKey}`, `category\u0000${p.categoryId}`];
  return keys.find((k): k is string => !!k && blocks.has(k)) ?? null;
}
const blockKey = (r: Reservation) => `${r.kind}\u0000${r.key}`;

export function autoSeat(input: AutoSeatInput): AutoSeatResult {
  const assignment = new Map<string, string>();
  const taken = new Set<string>();
  const placed = new Set<string>();
  const sit = (seat: PlanSeat, id: string) => {
    assignment.set(seat.id, id);
    taken.add(seat.id);
    placed.add(id);
  };
  const byId = new Map(input.seats.map((s) => [s.id, s]));

  // What stays: locked seats, and in 'unseated' mode everyone already seated, whoever they are
  // (someone since moved to another point's plan included: a lock is the organizer's word).
  const unseated: AutoSeatResult['unseated'] = [];
  for (const [seatId, personId] of input.current) {
    const seat = byId.get(seatId);
    if (!seat) continue;
    if (input.mode === 'unseated' || input.locked.has(seatId)) sit(seat, personId);
    else if (!input.people.has(personId)) unseated.push({ id: personId, reason: 'not-in-plan' });
  }

  for (const e of input.excluded)
    if (!placed.has(e.id) && input.people.has(e.id)) unseated.push({ id: e.id, reason: e.why === 'declined' ? 'declined' : 'not-ranked' });

  const waiting = input.order.filter((id) => input.people.has(id) && !placed.has(id));
  const free = (s: PlanSeat) => !s.blocked && !taken.has(s.id);
  const presidiumSeats = input.seats.filter((s) => s.zone === 'presidium');
  const hallSeats = input.seats.filter((s) => s.zone === 'hall');
  const hallAxis = axisOf(hallSeats);

  // 1. The presidium, in precedence order, centre-out row by row; whoever it cannot hold goes to the hall.
  const toHall: string[] = [];
  const presidiumOrder = fillingOrder(presidiumSeats, axisOf(presidiumSeats));
  for (const id of waiting) {
    if (!input.people.get(id)!.presidium) {
      toHall.push(id);
      continue;
    }
    const seat = presidiumOrder.find((s) => free(s) && !s.reserved);
    if (seat) sit(seat, id);
    else toHall.push(id);
  }

  // 2. Reserved blocks take their own people, most senior nearest the hall's centre; nobody else sits there.
  const blocks = new Set(hallSeats.filter((s) => s.reserved).map((s) => blockKey(s.reserved!)));
  const general: string[] = [];
  const blockSeats = groupBy(
    fillingOrder(
      hallSeats.filter((s) => s.reserved),
      hallAxis,
    ),
    (s) => blockKey(s.reserved!),
  );
  for (const id of toHall) {
    const block = blockOf(input.people.get(id)!, blocks);
    if (block === null) {
      general.push(id);
      continue;
    }
    const seat = blockSeats.get(block)!.find(free);
    if (seat) sit(seat, id);
    else unseated.push({ id, reason: 'block-full' });
  }

  // 3. The front rows, by precedence alone, centre-out.
  const open = hallSeats.filter((s) => !s.reserved);
  const frontLimit = Math.min(...open.map((s) => s.row)) + input.frontRows;
  const front = fillingOrder(
    open.filter((s) => s.row < frontLimit),
    hallAxis,
  );
  const rest: string[] = [];
  let f = 0;
  for (const id of general) {
    while (f < front.length && !free(front[f]!)) f++;
    if (f < front.length) sit(front[f++]!, id);
    else rest.push(id);
  }

  // 4. Everyone else by unit: a unit's people side by side on one side of the centre, its most
  //    senior nearest the centre, units in the order of their most senior member.
  // Someone without a unit is a unit of one.
  const units = groupBy(rest, (id) => input.people.get(id)!.unitKey ?? `\u0000${id}`);
  const back = open.filter((s) => s.row >= frontLimit);
  const sides = sidesOf(back, hallAxis, free);
  let turn = 0;
  for (const members of units.values()) {
    // The side with more room in its current row, or else the next in turn: first where No.1 would
    // sit (the centre seat's side, the stage's left), then the stage's right.
    const [a, b] = turn++ % 2 === 0 ? [sides.left, sides.right] : [sides.right, sides.left];
    const side = b.roomInRow() > a.roomInRow() ? b : a;
    for (const id of members) {
      const seat = side.next() ?? (side === a ? b : a).next();
      if (seat) sit(seat, id);
      else unseated.push({ id, reason: 'no-seat' });
    }
  }

  let seated = 0;
  let moved = 0;
  let kept = 0;
  const before = new Map([...input.current].map(([seat, person]) => [person, seat]));
  for (const [seat, person] of assignment) {
    const was = before.get(person);
    if (was === undefined) seated++;
    else if (was === seat) kept++;
    else moved++;
  }
  return { assignment, seated, moved, kept, unseated };
}

interface Side {
  /** Free seats left in the row this side is filling. */
  roomInRow(): number;
  /** The next free seat outward from the centre, moving back a row when this one is full. */
  next(): PlanSeat | undefined;
}

/** The two halves of the back rows, each an outward queue per row: stage right (the audience's left) and left. */
function sidesOf(seats: readonly PlanSeat[], axis: number, free: (s: PlanSeat) => boolean): { right: Side; left: Side } {
  const rows = [...new Set(seats.map((s) => s.row))].sort((a, b) => a - b);
  const half = (stageRight: boolean): Side => {
    const queues = rows.map((r) =>
      seats
        .filter((s) => s.row === r && (stageRight ? s.x < axis : s.x >= axis))
        .sort((a, b) => Math.abs(a.x - axis) - Math.abs(b.x - axis) || (stageRight ? a.x - b.x : b.x - a.x)),
    );
    let r = 0;
    const advance = () => {
      while (r < queues.length && !queues[r]!.some(free)) r++;
    };
    return {
      roomInRow() {
        advance();
        return r < queues.length ? queues[r]!.filter(free).length : 0;
      },
      next() {
        advance();
        return r < queues.length ? queues[r]!.find(free) : undefined;
      },
    };
  };
  return { right: half(true), left: half(false) };
}
