/**
 * One way to store a phone number, whatever way it was typed: "+84 993 393 969", "84993393969",
 * "0993.393.969" and "(0993) 393-969" are one number, stored as "0993 393 969". Vietnamese
 * numbers are written nationally, with the leading 0 and grouped as people read them aloud at the
 * desk: mobiles 4-3-3 ("0993 393 969"), Hà Nội and TP. Hồ Chí Minh landlines 3-4-4 ("024 3823
 * 4567"), other landlines (four-digit area code) 4-4-3 ("0236 3822 111"). Foreign numbers keep
 * their +code ("+33 1 23 45 67 89"). The import, the delegate form and search all go through this.
 *
 * db/migrations/0004_phone_format.ts holds a frozen copy: change this, and that stays as it was.
 */

// Digits and the separators people put between groups; a leading + or 00 for the country code.
const PHONE_LIKE = /^\+?[\d .()-]+$/;
const SEPARATORS = /[ .()-]+/g;
const MOBILE = /^0[35789]\d{8}$/;
// Since 2017 every landline is 11 digits: 02, then the area code and the subscriber number.
const LANDLINE = /^02\d{9}$/;
const BIG_CITY = /^02[48]/;
const TOLL = /^1[89]00\d{4,6}$/;

/** National digits of a Vietnamese number (or null): country code 84 dropped, a 0 Excel lost put back. */
function nationalDigits(digits: string, international: boolean): string | null {
  if (international) {
    if (!digits.startsWith('84')) return null;
    // "+84 (0) 24 …": the 0 some people keep after the country code.
    const rest = digits.slice(2);
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  if (digits.startsWith('0')) return digits;
  // 84 + a mobile (9 digits) or a landline (10 digits) typed without the +.
  if ((digits.length === 11 || digits.length === 12) && digits.startsWith('84')) {
    const n = `0${digits.slice(2)}`;
    if (MOBILE.test(n) || LANDLINE.test(n)) return n;
  }
  // A number cell in Excel drops the leading 0: 912345678 is a mobile, 2438234567 a landline.
  if (digits.length === 9 && /^[35789]/.test(digits)) return `0${digits}`;
  if (digits.length === 10 && digits.startsWith('2')) return `0${digits}`;
  return null;
}

const group = (s: string, sizes: readonly number[]): string => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.filter(Boolean).join(' ');
};

/**
 * The number in the one stored format, or null when the text is not a phone number at all
 * ("liên hệ sau", "0912-abc"). A number of no known shape (an extension "1234", a short code
 * "113") is kept as typed, its separators made single spaces.
 */
export function normalizePhone(text: string): string | null {
  let t = text.trim();
  if (t.length > 40 || !PHONE_LIKE.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 3) return null;
  let international = t.startsWith('+');
  let body = international ? t.slice(1) : t;
  if (!international && digits.startsWith('00') && digits.length > 9) {
    // "0084 …", "0033 …": the international prefix dialled from Vietnam.
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

/**
 * What search compares a stored phone by: its bare digits, and for a Vietnamese number also the
 * same digits with 84 in place of the 0, so "84993393969" and "+84 993…" find "0993 393 969".
 */
export function phoneSearchDigits(phone: string): string[] {
  // Through the one format first: a phone stored before it (or written around it) is found too.
  // A phone already in the format (digits and single spaces, as every write stores it) skips that.
  const digits = (/^[\d ]+$/.test(phone) ? phone : (normalizePhone(phone) ?? phone)).replace(/\D/g, '');
  if (!digits) return [];
  return digits.startsWith('0') && !digits.startsWith('00') ? [digits, `84${digits.slice(1)}`] : [digits];
}
