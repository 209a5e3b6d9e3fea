import { useMemo, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat, SeatingPlan } from '../../../shared/contract/seating';
import { useDelegates } from '../../features/delegates/delegatesStore';
import { useOpenEvent } from '../../features/events/eventsStore';
import { useSeating, type PlanDetail } from '../../features/seating/seatingStore';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n';

export interface PlanPrint {
  detail: PlanDetail;
  byId: ReadonlyMap<string, Delegate>;
  eventName: string;
  printedAt: string;
  /** "Đoàn Chủ tịch" for the stage, the area's name for the hall. */
  areaOf(seat: PlanSeat): string;
}

const areaName = (plan: SeatingPlan, seat: Pick<PlanSeat, 'zone' | 'area'>, presidium: string) =>
  seat.zone === 'presidium' ? presidium : (plan.spec.areas[seat.area ?? 0]?.name ?? '');

/** What a plan's prints need, from the stores the Seating screen already filled; null if the plan is no longer open. */
export function usePlanPrint(planId: string): PlanPrint | null {
  const t = useT().print;
  const lang = useLanguage((s) => s.lang);
  const detail = useSeating((s) => (s.detail?.plan.id === planId ? s.detail : null));
  const delegates = useDelegates((s) => s.delegates);
  const event = useOpenEvent();
  // The moment the print was asked for, not each re-render's.
  const [at] = useState(() => new Date().toISOString());
  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  const eventName = event?.name ?? '';
  // One object while its parts stay the same: the views memoize on it.
  return useMemo(
    () =>
      detail && {
        detail,
        byId,
        eventName,
        printedAt: formatDateTime(at, lang),
        areaOf: (seat: PlanSeat) => areaName(detail.plan, seat, t.presidium),
      },
    [detail, byId, eventName, at, lang, t.presidium],
  );
}

/** Seats in reading order: the stage's rows first (nearest the hall first), then the hall front to back, left to right from the audience. */
export const bySeatOrder = (a: PlanSeat, b: PlanSeat) =>
  (a.zone === b.zone ? 0 : a.zone === 'presidium' ? -1 : 1) || (a.area ?? -1) - (b.area ?? -1) || a.rowIndex - b.rowIndex || a.x - b.x;
