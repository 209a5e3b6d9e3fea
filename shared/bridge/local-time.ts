/** Local wall-clock minutes 'YYYY-MM-DDTHH:MM': compared as text, shifted as calendar dates (no time zone involved). */

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + days));
  return t.toISOString().slice(0, 10);
}

/** The minute `minutes` after (or before) a local date and time, across midnight if need be. */
export function addMinutes(date: string, time: string, minutes: number): string {
  const [h, min] = time.split(':').map(Number);
  const total = h! * 60 + min! + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `${addDays(date, days)}T${hh}:${mm}`;
}

/** This computer's local minute now, in the same form. */
export function localNow(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}
