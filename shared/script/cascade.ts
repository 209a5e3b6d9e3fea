/**
 * The run-of-show's clock (issue 9): every item starts when the one before it ends, unless pinned
 * to a clock time; a break marked as a buffer absorbs lateness before anything after it moves.
 * Times are minutes from midnight of the event's day, durations whole minutes. Pure: the editor,
 * the prints and the live view all read the same sums.
 */
export interface CascadeItem {
  id: string;
  durationMin: number;
  /** A clock time the item must start at (a live link-up, a leader's arrival); null: follows on. */
  pinnedAt: number | null;
  /** A break that shrinks to take up lateness before later items move. */
  buffer: boolean;
}

export interface TimedItem {
  id: string;
  start: number;
  end: number;
  /** Where it would start by the script alone (no actual start, no overrun): what was printed. */
  plannedStart: number;
  /**
   * For a pinned item: minutes between the end of the item before and the pin. Positive is a gap
   * (the hall waits), negative an overlap (the item before is still running). Null when not pinned.
   */
  gap: number | null;
  /** Of a buffer's minutes, how many went to taking up lateness. */
  absorbed: number;
}

export interface Timing {
  items: TimedItem[];
  /** When the script ends as it now stands. */
  end: number;
  /** When it ends by the script alone. */
  plannedEnd: number;
  /** Minutes late (positive) or early (negative) against `plannedEnd` at the end. */
  late: number;
}

export interface RunState {
  /** The ceremony actually began at this time (re-timing "bắt đầu muộn 10 phút"). */
  actualStart?: number | undefined;
  /** Items that ran over (or short, negative) by these minutes. */
  overruns?: ReadonlyMap<string, number> | undefined;
}

function pass(items: readonly CascadeItem[], dayStart: number, run: RunState, planned: readonly number[] | null) {
  const out: TimedItem[] = [];
  let clock = run.actualStart ?? dayStart;
  items.forEach((item, i) => {
    const follow = clock;
    const start = item.pinnedAt ?? follow;
    const gap = item.pinnedAt === null ? null : item.pinnedAt - follow;
    let duration = item.durationMin;
    let absorbed = 0;
    if (item.buffer && planned) {
      // Lateness reaching the buffer comes off its length, never below nothing.
      absorbed = Math.min(duration, Math.max(0, start - planned[i]!));
      duration -= absorbed;
    }
    const end = start + duration + (run.overruns?.get(item.id) ?? 0);
    out.push({ id: item.id, start, end, plannedStart: planned ? planned[i]! : start, gap, absorbed });
    clock = end;
  });
  return { items: out, end: clock };
}

export function cascade(items: readonly CascadeItem[], dayStart: number, run: RunState = {}): Timing {
  const plan = pass(items, dayStart, {}, null);
  const planned = plan.items.map((t) => t.start);
  const actual = run.actualStart === undefined && !run.overruns?.size ? { items: plan.items, end: plan.end } : pass(items, dayStart, run, planned);
  return { items: actual.items, end: actual.end, plannedEnd: plan.end, late: actual.end - plan.end };
}

/** "07:30" ⇄ 450. */
export function parseClock(s: string): number | null {
  const m = /^\s*(\d{1,2})\s*[:hg.]\s*(\d{2})\s*$/i.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export function clockText(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Where a script's clock starts: its own start time, else the event's, else 08:00. */
export function scriptStart(settings: { startAt: number | null } | null, eventStartTime: string | null): number {
  return settings?.startAt ?? (eventStartTime ? parseClock(eventStartTime) : null) ?? 8 * 60;
}

/** Minutes the script runs past its planned end (negative: early); null when no end is planned. */
export const overrun = (end: number, plannedEnd: number | null): number | null => (plannedEnd === null ? null : end - plannedEnd);
