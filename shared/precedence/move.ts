/**
 * What to write when the organizer moves one delegate in the order. Inside its level, only the
 * order inside that level changes. Across levels, that one delegate's level is set by hand
 * ("ngang hàng với" the delegate it was dropped beside) and no other level changes, ever.
 */
import { comparePrecedence, type Ranked } from './order';

export interface MoveWrite {
  id: string;
  /** Set when the move crosses levels. */
  level?: number;
  levelOf?: string | null;
  /** The new order inside the level (undefined: not touched), and the level it is an order in. */
  order?: number | null;
  orderLevel?: number;
}

export type MoveRefusal = 'no-level';

/**
 * `sorted` is the order as it stands (comparePrecedence); the delegate at `from` goes to `to`.
 * `describe` says whom a delegate is, for "ngang hàng với …". Refuses a drop among the delegates
 * without a level: there is no level to give.
 */
export function planMove(sorted: readonly Ranked[], from: number, to: number, describe: (id: string) => string): MoveWrite[] | MoveRefusal {
  if (from === to || from < 0 || to < 0 || from >= sorted.length || to >= sorted.length) return [];
  const list = sorted.slice();
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
  const prev = list[to - 1];
  const next = list[to + 1];
  const own = moved!.level;
  const stays = own !== null && (prev?.level === own || next?.level === own);
  // Dropped on a row: moving up it takes that row's level (the row now after it), moving down the row before it.
  const beside = stays ? null : to < from ? (next ?? prev) : (prev ?? next);
  const target = stays ? own : (beside?.level ?? null);
  if (target === null) return 'no-level';

  const writes: MoveWrite[] = [];
  const member: Ranked = stays ? moved! : { ...moved!, level: target, variant: 'holder' };
  if (!stays) writes.push({ id: moved!.id, level: target, levelOf: describe(beside!.id) });

  // The level as the organizer wants it, and as it would fall with the delegate in it untouched.
  const wanted = list.map((r) => (r === moved ? member : r)).filter((r) => r.level === target);
  const natural = wanted.slice().sort(comparePrecedence);
  if (natural.every((r, i) => r.id === wanted[i]!.id)) return writes;

  // One new key when the others are keyed in order and there is room; otherwise the level renumbered:
  // only down to the moved row when nobody after it has a key, so those (and anyone added later)
  // keep falling by the tie-breaks.
  const at = wanted.findIndex((r) => r.id === moved!.id);
  const others = wanted.filter((r) => r.id !== moved!.id);
  const keyedInOrder = others.every((r, i) => r.handOrder !== null && (i === 0 || r.handOrder > others[i - 1]!.handOrder!));
  const key = (id: string, order: number): MoveWrite => ({ id, order, orderLevel: target });
  if (keyedInOrder) {
    const lo = wanted[at - 1]?.handOrder ?? null;
    const hi = wanted[at + 1]?.handOrder ?? null;
    const k = lo === null ? hi! - 1 : hi === null ? lo + 1 : (lo + hi) / 2;
    if (lo === null || hi === null || (k > lo && k < hi)) return merge(writes, [key(moved!.id, k)]);
  }
  const upTo = wanted.slice(at + 1).some((r) => r.handOrder !== null) ? wanted.length : at + 1;
  return merge(
    writes,
    wanted.slice(0, upTo).flatMap((r, i) => (r.handOrder === i + 1 && r.id !== moved!.id ? [] : [key(r.id, i + 1)])),
  );
}

function merge(a: MoveWrite[], b: MoveWrite[]): MoveWrite[] {
  const byId = new Map<string, MoveWrite>();
  for (const w of [...a, ...b]) byId.set(w.id, { ...byId.get(w.id), ...w });
  return [...byId.values()];
}
