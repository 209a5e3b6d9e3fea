import type { Language } from '../contract/settings';

interface SeatRef {
  zone: 'presidium' | 'hall';
  rowLabel: string;
  number: number;
}

const PRESIDIUM_SHORT: Record<Language, string> = { vi: 'ĐCT', en: 'P' };

/** "B-12"; on stage "ĐCT 1-3": how a seat is written in lists, exports and cells. */
export const shortSeat = (s: SeatRef, lang: Language): string =>
  s.zone === 'presidium' ? `${PRESIDIUM_SHORT[lang]} ${s.rowLabel}-${s.number}` : `${s.rowLabel}-${s.number}`;

/** One plan: "B-12"; a delegate seated in several plans: "Hội trường chính B-12 · Đà Nẵng A-3". */
export function placesText(places: readonly (SeatRef & { planName: string })[], lang: Language): string | null {
  if (!places.length) return null;
  if (places.length === 1) return shortSeat(places[0]!, lang);
  return places.map((p) => `${p.planName} ${shortSeat(p, lang)}`).join(' · ');
}
