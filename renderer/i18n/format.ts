import type { Language } from '../../shared/contract/settings';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** ISO dates are calendar days: parse them as local noon so no time zone can shift the day. */
const dayOf = (iso: string) => new Date(`${iso}T12:00:00`);

/** "08/01/2027" in Vietnamese, "8 Jan 2027" in English. */
function formatDate(iso: string, lang: Language): string {
  const opts: Intl.DateTimeFormatOptions =
    lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(dayOf(iso));
}

/** "Thứ Sáu, 08/01/2027", "Friday 8 Jan 2027". */
export function formatLongDate(iso: string, lang: Language): string {
  const weekday = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long' }).format(dayOf(iso));
  return lang === 'vi' ? `${weekday}, ${formatDate(iso, lang)}` : `${weekday} ${formatDate(iso, lang)}`;
}

/** One day, or a range; the time (opening) follows when there is one. */
export function formatEventWhen(e: { startDate: string; endDate: string | null; startTime: string | null }, lang: Language, long = false): string {
  const fmt = long ? formatLongDate : formatDate;
  const days = e.endDate && e.endDate !== e.startDate ? `${fmt(e.startDate, lang)} – ${fmt(e.endDate, lang)}` : fmt(e.startDate, lang);
  return e.startTime ? `${days} · ${e.startTime}` : days;
}

/**
 * A moment with its time: "01/12/2026 14:05" ("… 14:05:09" with seconds), the day first and the
 * year in full in both languages (vi-VN's short style would say "14:05 1/12/26").
 */
export function formatDateTime(iso: string, lang: Language, seconds = false): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString(LOCALE[lang], { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = at.toLocaleTimeString(LOCALE[lang], { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hour12: false });
  return `${day} ${time}`;
}

/** "1.975" in Vietnamese, "1,975" in English. */
export function formatNumber(n: number, lang: Language, opts?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(LOCALE[lang], opts);
}
