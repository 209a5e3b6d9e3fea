import type { PlanSeat } from '../contract/seating';
import { identityKey } from '../text';

/** What the seat map and its print colour seats by. */
export type ColourMode = 'category' | 'unit' | 'bridgePoint' | 'status';

export interface ColourPerson {
  categoryId: string | null;
  organization: string | null;
  bridgePointId: string | null;
}

export interface LegendEntry {
  key: string;
  /** A name to show; null for the "none" group (no category, no unit, the main hall). */
  label: string | null;
  colour: string;
  count: number;
}

/** The state every mode shows first, so blocked and empty seats read the same in every colouring. */
export type SeatState = 'blocked' | 'reserved' | 'empty' | 'seated';

export const STATE_COLOURS: Record<SeatState, string> = {
  blocked: '#4b5563',
  reserved: '#fde68a',
  empty: '#ffffff',
  seated: '#2563eb',
};

/**
 * Twelve colours told apart on screen and on a laser print (after Tableau's and Okabe–Ito's
 * qualitative sets); groups past the twelfth share the last, "the others".
 */
export const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#c026d3', '#65a30d', '#b45309', '#0f766e', '#be123c', '#94a3b8'];
const OTHERS = PALETTE.length - 1;

export function seatState(s: Pick<PlanSeat, 'blocked' | 'delegateId' | 'reservedKind'>): SeatState {
  if (s.blocked) return 'blocked';
  if (s.delegateId) return 'seated';
  return s.reservedKind ? 'reserved' : 'empty';
}

export interface Colouring {
  /** One colour per seat, in the order given: its group's for a seated seat, its state's otherwise. */
  colours: string[];
  /** Groups of the seated, largest first (the others last), then the states of the seats with nobody. */
  legend: LegendEntry[];
  states: Record<SeatState, number>;
}

/**
 * Colours a plan's seats by the group of who sits there. Groups are ordered by size, so the
 * largest units get the twelve colours and a legend stays short; category and bridge point names
 * are looked up by the caller, a unit is shown as first spelled.
 */
export function colourSeats(
  seats: readonly Pick<PlanSeat, 'blocked' | 'delegateId' | 'reservedKind'>[],
  people: ReadonlyMap<string, ColourPerson>,
  mode: ColourMode,
  nameOf: (key: string) => string | null,
): Colouring {
  const states: Record<SeatState, number> = { blocked: 0, reserved: 0, empty: 0, seated: 0 };
  const groupOf = (p: ColourPerson | undefined): string => {
    if (!p) return '';
    if (mode === 'category') return p.categoryId ?? '';
    if (mode === 'bridgePoint') return p.bridgePointId ?? '';
    if (mode === 'unit') return p.organization ? identityKey(p.organization) : '';
    return 'seated';
  };
  // A unit is grouped by its folded name and shown as first spelled.
  const spelled = new Map<string, string>();
  const keys = seats.map((s) => {
    const state = seatState(s);
    states[state]++;
    if (state !== 'seated') return null;
    const p = people.get(s.delegateId!);
    const key = groupOf(p);
    if (mode === 'unit' && p?.organization && !spelled.has(key)) spelled.set(key, p.organization);
    return key;
  });
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colourOf = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let others: LegendEntry | null = null;
  ranked.forEach(([key, count], i) => {
    if (mode === 'status') {
      colourOf.set(key, STATE_COLOURS.seated);
      legend.push({ key: 'seated', label: null, colour: STATE_COLOURS.seated, count });
      return;
    }
    if (i < OTHERS || ranked.length === OTHERS + 1) {
      colourOf.set(key, PALETTE[i]!);
      legend.push({ key, label: key === '' ? null : mode === 'unit' ? (spelled.get(key) ?? null) : nameOf(key), colour: PALETTE[i]!, count });
    } else {
      colourOf.set(key, PALETTE[OTHERS]!);
      others ??= { key: '*others', label: null, colour: PALETTE[OTHERS]!, count: 0 };
      others.count += count;
    }
  });
  if (others) legend.push(others);
  const colours = seats.map((s, i) => {
    const k = keys[i];
    return k === null || k === undefined ? STATE_COLOURS[seatState(s)] : colourOf.get(k)!;
  });
  return { colours, legend, states };
}
