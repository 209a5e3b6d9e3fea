import type { PlanSeat } from '../../../shared/contract/seating';
import { shortSeat } from '../../../shared/seating/seat-label';
import type { Dict, Language } from '../../i18n';

/** Where each delegate of the plan sits. */
export type SeatLookup = ReadonlyMap<string, PlanSeat>;

/** "Hàng B, ghế 12"; on stage "Đoàn Chủ tịch, hàng 1, ghế 3". Short (in a language): "B-12", "ĐCT 1-3". */
export function seatName(seat: Pick<PlanSeat, 'zone' | 'rowLabel' | 'number'>, tr: Dict, short?: Language): string {
  const t = tr.seating.seat;
  if (short) return shortSeat(seat, short);
  return seat.zone === 'presidium' ? t.presidiumSeat(seat.rowLabel, seat.number) : t.hallSeat(seat.rowLabel, seat.number);
}
