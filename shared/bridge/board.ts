import type { BoardData, BridgePoint, BridgeTest } from '../contract/bridge';

export type PointState = 'ok' | 'warning' | 'alert' | 'pending';
export type AlertReason = 'failed' | 'missed' | 'noPassToday' | 'problems';

export interface BoardRow {
  point: BridgePoint;
  state: PointState;
  reasons: AlertReason[];
  /** The latest logged test (by when it was logged). */
  last: BridgeTest | null;
  /** The earliest planned test still to come, not logged yet. */
  next: BridgeTest | null;
  /** Planned tests whose time has passed with no result and no passed test since. */
  missed: BridgeTest[];
  expected: number;
  checkedIn: number;
}

/**
 * One point's state at local minute `now`: red (alert) for a last test that failed, a planned test
 * missed, or no passed test yet on the event day; amber for problems; green for a pass; grey before
 * any test. A later pass clears a missed one (the line was proven since).
 */
export function pointRow(
  point: BridgePoint,
  tests: readonly BridgeTest[],
  counts: { assigned: number; checkedIn: number } | undefined,
  startDate: string,
  now: string,
): BoardRow {
  const own = tests.filter((t) => t.bridgePointId === point.id);
  const logged = own.filter((t) => t.loggedAt !== null && t.result !== null).sort((a, b) => a.loggedAt!.localeCompare(b.loggedAt!));
  const last = logged.at(-1) ?? null;
  const passes = logged.filter((t) => t.result === 'passed');
  const lastPass = passes.at(-1)?.loggedAt ?? null;
  const planned = own.filter((t) => t.plannedAt !== null && t.result === null).sort((a, b) => a.plannedAt!.localeCompare(b.plannedAt!));
  const missed = planned.filter((t) => t.plannedAt! < now && (lastPass === null || lastPass < t.plannedAt!));
  const next = planned.find((t) => t.plannedAt! >= now) ?? null;
  const reasons: AlertReason[] = [];
  if (last?.result === 'failed') reasons.push('failed');
  if (missed.length) reasons.push('missed');
  if (now.slice(0, 10) === startDate && !passes.some((t) => t.loggedAt!.slice(0, 10) === startDate)) reasons.push('noPassToday');
  if (last?.result === 'problems') reasons.push('problems');
  const state: PointState = reasons.some((r) => r !== 'problems') ? 'alert' : reasons.length ? 'warning' : last?.result === 'passed' ? 'ok' : 'pending';
  return {
    point,
    state,
    reasons,
    last,
    next,
    missed,
    expected: point.expectedCount ?? counts?.assigned ?? 0,
    checkedIn: counts?.checkedIn ?? 0,
  };
}

/** Every point of the board, the main hall first, then in the event's order. */
export function boardRows(data: BoardData, now: string): BoardRow[] {
  const points = [...data.points].sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.sortOrder - b.sortOrder);
  return points.map((p) => pointRow(p, data.tests, data.counts[p.id], data.startDate, now));
}

export function boardSummary(rows: readonly BoardRow[]): Record<PointState, number> {
  const out: Record<PointState, number> = { ok: 0, warning: 0, alert: 0, pending: 0 };
  for (const r of rows) out[r.state]++;
  return out;
}
