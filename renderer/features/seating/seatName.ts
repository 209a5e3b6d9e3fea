import type { PlanSeat } from '../../../shared/contract/seating';
import type { Dict } from '../../i18n';

/** Where each delegate of the plan sits. */
export type SeatLookup = ReadonlyMap<string, PlanSeat>;

/** "Hàng B, ghế 12" (short: "B-12"); on stage "Đoàn Chủ tịch, hàng 1, ghế 3" (short: "ĐCT 1-3"). */
export function seatName(seat: Pick<PlanSeat, 'zone' | 'rowLabel' | 'number'>, tr: Dict, short = false): string {
  const t = tr.seating.seat;
  if (short) return seat.zone === 'presidium' ? `${t.presidiumShort} ${seat.rowLabel}-${seat.number}` : `${seat.rowLabel}-${seat.number}`;
  return seat.zone === 'presidium' ? t.presidiumSeat(seat.rowLabel, seat.number) : t.hallSeat(seat.rowLabel, seat.number);
}
