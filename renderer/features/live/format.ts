import type { Dict } from '../../i18n';

const two = (n: number) => String(n).padStart(2, '0');

/** The countdown: "09:59" while there is time, "−01:05" once over (minutes run past 59 for a long item). */
export function countdownText(lengthSec: number, elapsedSec: number): { text: string; over: boolean } {
  const left = lengthSec - elapsedSec;
  const over = left < 0;
  const s = over ? Math.floor(-left) : Math.ceil(left);
  return { text: `${over ? '−' : ''}${two(Math.floor(s / 60))}:${two(s % 60)}`, over };
}

/** The hall's clock from the main process's time: "08:15:42". */
export function wallClock(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** "Chậm 6 phút" / "Sớm 2 phút" / "Đúng giờ", to the nearest minute. */
export function offsetText(tr: Dict, offsetMin: number): { text: string; tone: 'late' | 'early' | 'on-time' } {
  const m = Math.round(offsetMin);
  if (m > 0) return { text: tr.live.late(m), tone: 'late' };
  if (m < 0) return { text: tr.live.early(-m), tone: 'early' };
  return { text: tr.live.onTime, tone: 'on-time' };
}
