import { cascade, type CascadeItem, type TimedItem, type Timing } from './cascade';

/** Where the ceremony is, as stored (db/live.ts): what the live timing is worked out from. */
export interface LiveRun {
  status: 'ready' | 'running' | 'ended';
  actualStart: number | null;
  currentItemId: string | null;
  /** When the current item began (or the ceremony ended), Unix ms. */
  currentSince: number | null;
  /** Seconds each item done actually ran. */
  done: Readonly<Record<string, number>>;
}

export interface LiveTiming {
  timing: Timing;
  currentIndex: number | null;
  nextIndex: number | null;
  elapsedSec: number;
  lengthSec: number;
  offsetMin: number;
}

/** Minutes (with fractions) from local midnight. */
export const minutesOfDay = (ms: number): number => {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / 60_000;
};

/** The item on stage: the stored one, or (deleted mid-ceremony) the first item not yet done. */
function currentOf(items: readonly CascadeItem[], run: LiveRun): number | null {
  if (run.status !== 'running') return null;
  const at = items.findIndex((i) => i.id === run.currentItemId);
  if (at >= 0) return at;
  const open = items.findIndex((i) => run.done[i.id] === undefined);
  return open >= 0 ? open : null;
}

/**
 * The script's times at `now`, all through the cascade: each item done is given the overrun that
 * makes it last what it actually lasted (in order, because a buffer's share of lateness depends on
 * what came before it), and the item on stage the overrun that puts it where it really began and,
 * once it runs past its length, keeps its end at now, so every later time moves (buffers first).
 */
export function liveTiming(items: readonly CascadeItem[], dayStart: number, run: LiveRun, now: number): LiveTiming {
  const overruns = new Map<string, number>();
  const actualStart = run.actualStart ?? undefined;
  const timed = (): Timing => cascade(items, dayStart, { actualStart, overruns });
  const length = (t: TimedItem) => t.end - t.start - (overruns.get(t.id) ?? 0);
  const currentIndex = currentOf(items, run);
  items.forEach((item, i) => {
    const sec = run.done[item.id];
    if (sec === undefined || i === currentIndex) return;
    const t = timed().items[i]!;
    overruns.set(item.id, sec / 60 - length(t));
  });
  let elapsedSec = 0;
  let lengthSec = 0;
  if (currentIndex !== null) {
    const t = timed().items[currentIndex]!;
    const eff = length(t);
    const since = run.currentSince ?? now;
    const elapsed = Math.max(0, now - since) / 60_000;
    elapsedSec = elapsed * 60;
    lengthSec = eff * 60;
    overruns.set(t.id, minutesOfDay(since) - t.start + Math.max(0, elapsed - eff));
  }
  const timing = timed();
  const nextIndex = run.status === 'ready' ? (items.length ? 0 : null) : currentIndex !== null && currentIndex + 1 < items.length ? currentIndex + 1 : null;
  const next = nextIndex === null ? null : timing.items[nextIndex]!;
  return { timing, currentIndex, nextIndex, elapsedSec, lengthSec, offsetMin: next ? next.start - next.plannedStart : timing.late };
}
