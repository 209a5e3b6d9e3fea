import type { PlanSeat, SeatingPlan } from '../../../shared/contract/seating';
import { areaNameOf, shortSeat } from '../../../shared/seating/seat-label';
import type { Dict, Language } from '../../i18n';

/** Where each delegate of the plan sits. */
export type SeatLookup = ReadonlyMap<string, PlanSeat>;

/** "Hàng B, ghế 12" ("Ban công, hàng B, ghế 12" in a plan of several areas); on stage "Đoàn Chủ tịch, hàng 1, ghế 3". Short (in a language): "B-12", "ĐCT 1-3". */
export function seatName(seat: Pick<PlanSeat, 'zone' | 'rowLabel' | 'number'> & { areaName?: string | null }, tr: Dict, short?: Language): string {
  const t = tr.seating.seat;
  if (short) return shortSeat(seat, short);
  if (seat.zone === 'presidium') return t.presidiumSeat(seat.rowLabel, seat.number);
  return seat.areaName ? t.areaSeat(seat.areaName, seat.rowLabel, seat.number) : t.hallSeat(seat.rowLabel, seat.number);
}

/** A plan's seat with its area named when the plan has several. */
export const namedSeat = (plan: SeatingPlan, seat: PlanSeat) => ({ ...seat, areaName: areaNameOf(plan.spec, seat.area) });
