import type { Language } from '../contract/settings';

interface SeatRef {
  zone: 'presidium' | 'hall';
  rowLabel: string;
  number: number;
  /** Named only in a plan of several areas, where "A-20" alone could be two seats. */
  areaName?: string | null | undefined;
}

const PRESIDIUM_SHORT: Record<Language, string> = { vi: 'ĐCT', en: 'P' };

/** "B-12" (in a plan of several areas "Ban công B-12"); on stage "ĐCT 1-3": how a seat is written in lists, exports and cells. */
export const shortSeat = (s: SeatRef, lang: Language): string =>
  s.zone === 'presidium' ? `${PRESIDIUM_SHORT[lang]} ${s.rowLabel}-${s.number}` : `${s.areaName ? `${s.areaName} ` : ''}${s.rowLabel}-${s.number}`;

/** The area's name to write with a seat: only when its plan has more than one area. */
export function areaNameOf(spec: { areas: readonly { name: string }[] }, area: number | null): string | null {
  return spec.areas.length > 1 && area !== null ? (spec.areas[area]?.name ?? null) : null;
}

/** One plan: "B-12"; a delegate seated in several plans: "Hội trường chính B-12 · Đà Nẵng A-3". */
export function placesText(places: readonly (SeatRef & { planName: string })[], lang: Language): string | null {
  if (!places.length) return null;
  if (places.length === 1) return shortSeat(places[0]!, lang);
  return places.map((p) => `${p.planName} ${shortSeat(p, lang)}`).join(' · ');
}
