import { sql, type Kysely } from 'kysely';

/**
 * Phones stored in one format (see shared/phone.ts): "+84 993 393 969", "84993393969" and
 * "0993.393.969" all become "0993 393 969", so one number is one value and search finds it typed
 * any way. A stored value that is not a number of a known shape is left exactly as it is.
 *
 * The formatting below is a copy of shared/phone.ts as of this migration, so the migration never
 * changes meaning when that file does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: string; phone: string }>`SELECT id, phone FROM delegates WHERE phone IS NOT NULL`.execute(db);
  for (const r of rows) {
    const formatted = formatPhone0004(r.phone);
    if (formatted !== null && formatted !== r.phone) await sql`UPDATE delegates SET phone = ${formatted} WHERE id = ${r.id}`.execute(db);
  }
}

const PHONE_LIKE = /^\+?[\d .()-]+$/;
const SEPARATORS = /[ .()-]+/g;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const BIG_CITY = /^02[48]/;
const TOLL = /^1[89]00\d{4,6}$/;

function nationalDigits(digits: string, international: boolean): string | null {
  if (international) {
    if (!digits.startsWith('84')) return null;
    const rest = digits.slice(2);
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  if (digits.startsWith('0')) return digits;
  if ((digits.length === 11 || digits.length === 12) && digits.startsWith('84')) {
    const n = `0${digits.slice(2)}`;
    if (MOBILE.test(n) || LANDLINE.test(n)) return n;
  }
  if (digits.length === 9 && /^[35789]/.test(digits)) return `0${digits}`;
  if (digits.length === 10 && digits.startsWith('2')) return `0${digits}`;
  return null;
}

function group(s: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.filter(Boolean).join(' ');
}

/** Exported for the migration's test only. */
export function formatPhone0004(text: string): string | null {
  let t = text.trim();
  if (t.length > 40 || !PHONE_LIKE.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 3) return null;
  let international = t.startsWith('+');
  let body = international ? t.slice(1) : t;
  if (!international && digits.startsWith('00') && digits.length > 9) {
    international = true;
    body = body.replace(/^[ .()-]*0[ .()-]*0/, '');
  }
  const intlDigits = international ? body.replace(/\D/g, '') : digits;
  const national = nationalDigits(intlDigits, international);
  if (national !== null) {
    if (MOBILE.test(national)) return group(national, [4, 3, 3]);
    if (LANDLINE.test(national)) return group(national, BIG_CITY.test(national) ? [3, 4, 4] : [4, 4, 3]);
  }
  if (!international && TOLL.test(digits)) return digits.length === 8 ? group(digits, [4, 4]) : group(digits, [4, 3, 3]);
  if (international) {
    t = body.replace(SEPARATORS, ' ').trim();
    return t ? `+${t}` : null;
  }
  return t.replace(SEPARATORS, ' ').trim();
}
