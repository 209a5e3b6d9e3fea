/**
 * Dates and times as Vietnamese offices write them (08/01/2027, 8h30), whatever the machine's
 * locale: the browser's own date box follows the system and may show mm/dd/yyyy, where 08/01
 * would silently become the 1st of August.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** "8/1/2027", "08-01-2027", "08.01.2027" or ISO "2027-01-08" -> "2027-01-08"; null if not a real day. */
export function parseDay(text: string): string | null {
  const s = text.trim();
  let d: number, m: number, y: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A day as parseDay reads it, or a year alone ("1965"), as birth dates often are. */
export function parseBirthDay(text: string): string | null {
  const s = text.trim();
  return parseDay(s) ?? (/^(18|19|20)\d{2}$/.test(s) ? s : null);
}

/** "2027-01-08" -> "08/01/2027"; a year alone stays as it is. */
export function dayText(iso: string | null): string {
  if (!iso) return '';
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "8:30", "8h30", "8h", "0830", "08.30" -> "08:30"; null if not a time of day. */
export function parseClock(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[:h.]?(\d{2}))?h?$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** A day and a time as typed ("7/1/2027", "15h30") -> local minutes "2027-01-07T15:30"; null unless both read. */
export function parseDayTime(day: string, time: string): string | null {
  const d = parseDay(day);
  const t = parseClock(time);
  return d && t ? `${d}T${t}` : null;
}

/** "2027-01-07T15:30" -> ["07/01/2027", "15h30"], as offices write them. */
export function dayTimeParts(local: string | null): [string, string] {
  if (!local) return ['', ''];
  const [d = '', t = ''] = local.split('T');
  return [dayText(d), t.replace(':', 'h')];
}
