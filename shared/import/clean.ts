import { z } from 'zod';
import { DELEGATE_STATUSES, MAX_RANK, type DelegateStatus } from '../contract/delegates';
import { foldForSearch, type ToneStyle } from '../text';
import { cellText, isNumberCell, isoOfDate, numberText, type RawCell } from './cells';
import { fastClean, fastTones } from '../text-fast';
import { normalizePhone } from '../phone';

/** Text fields (already cleaned): one tone-placement style. */
export const cleanLabel = (text: string, style: ToneStyle): string => fastTones(text, style);

/** A cell's text cleaned: NFC, one space between words, trimmed. */
export const cellClean = (c: RawCell): string => (c === null || c === undefined ? '' : fastClean(typeof c === 'string' ? c : cellText(c)));

// ---- Phones ----

const PHONE_SPLIT = /\s*(?:[/,;\n]|\s(?:hoặc|hoac|or)\s)\s*/i;

export interface PhoneResult {
  phone: string | null;
  /** Further numbers in the same cell ("0912… / 0987…"), kept for Notes. */
  extra: string[];
  /** The offending text when the first number is not a phone. */
  invalid: string | null;
}

/**
 * The cell's number in the one stored format (shared/phone.ts). A number cell keeps its own
 * digits, so one Excel shows as 912345678 gets its leading 0 back there.
 */
export function cleanPhone(c: RawCell, text = cellClean(c)): PhoneResult {
  if (isNumberCell(c) || typeof c === 'number') {
    const p = normalizePhone(typeof c === 'number' ? String(c) : numberText(c.num));
    if (p !== null) return { phone: p, extra: [], invalid: null };
  }
  if (!text) return { phone: null, extra: [], invalid: null };
  const whole = normalizePhone(text);
  if (whole !== null) return { phone: whole, extra: [], invalid: null };
  const [first = '', ...rest] = text.split(PHONE_SPLIT).filter(Boolean);
  const phone = normalizePhone(first);
  if (phone === null) return { phone: null, extra: [], invalid: text };
  return { phone, extra: rest.map((r) => normalizePhone(r) ?? r), invalid: null };
}

// ---- Emails ----

const emailSchema = z.email();
const EMAIL_SPLIT = /\s*[;,\s]\s*/;

export interface EmailResult {
  email: string | null;
  extra: string[];
  invalid: string | null;
}

export function cleanEmail(c: RawCell, cleaned = cellClean(c)): EmailResult {
  const text = cleaned.replace(/^mailto:/i, '');
  if (!text) return { email: null, extra: [], invalid: null };
  const [first = '', ...rest] = text.split(EMAIL_SPLIT).filter(Boolean);
  if (first.length > 200 || !emailSchema.safeParse(first).success) return { email: null, extra: [], invalid: text };
  return { email: first, extra: rest, invalid: null };
}

// ---- Status ----

const STATUS_WORDS: Record<string, DelegateStatus> = {};
const statusWords: [DelegateStatus, string[]][] = [
  ['invited', ['moi', 'da moi', 'duoc moi', 'chua xac nhan', 'cho xac nhan', 'invited', 'pending']],
  ['confirmed', ['xac nhan', 'da xac nhan', 'co', 'co mat', 'tham du', 'co tham du', 'se tham du', 'dong y', 'x', 'confirmed', 'yes', 'attending', 'ok']],
  ['declined', ['tu choi', 'khong', 'khong tham du', 'vang', 'vang mat', 'bao vang', 'xin vang', 'declined', 'no', 'not attending']],
];
for (const [status, words] of statusWords) for (const w of words) STATUS_WORDS[w] = status;
for (const s of DELEGATE_STATUSES) STATUS_WORDS[s] = s;

/** Status text in either language, any case or diacritics; undefined when it is not recognised. */
export function cleanStatus(text: string): DelegateStatus | null | undefined {
  const folded = foldForSearch(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!folded) return null;
  return STATUS_WORDS[folded];
}

// ---- Order within a precedence level ----

/** A whole number 1..MAX_RANK; undefined when the cell holds something else. */
export function cleanOrder(text: string): number | null | undefined {
  if (!text) return null;
  if (!/^\d+(\.0+)?$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= MAX_RANK ? n : undefined;
}

// ---- Dates ----

export type DateResult =
  | { kind: 'none' }
  | { kind: 'date'; iso: string }
  /** A year ("1965") or month and year ("05/2019"): not a full date, so it cannot be stored as one. */
  | { kind: 'partial'; text: string }
  | { kind: 'invalid'; text: string };

/** Excel counts days from 1899-12-30 (the 1900 leap-year bug included); 2958465 is 9999-12-31. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;
const DMY = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const MY = /^(\d{1,2})[/.\-](\d{4})$/;
const YEAR = /^(\d{4})$/;
const WORDS_DMY = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;

function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return isoOfDate(t);
}

const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

/**
 * Date cells become YYYY-MM-DD. Numbers: 1900..2100 is a year (partial), larger ones an Excel
 * serial day. Text is read day first as in Vietnam (03/05/1965 is 3 May), also "1965-05-03" and
 * "ngày 3 tháng 5 năm 1965"; "1965" and "05/2019" are partial dates.
 */
export function cleanDate(c: RawCell, text = cellClean(c)): DateResult {
  if (c instanceof Date) {
    const iso = isoOfDate(c);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: String(c) };
  }
  if (!text) return { kind: 'none' };
  if (isNumberCell(c) || typeof c === 'number') {
    const n = Number(text);
    if (Number.isInteger(n) && plausibleYear(n)) return { kind: 'partial', text };
    if (n > 2100 && n <= MAX_SERIAL) return { kind: 'date', iso: isoOfDate(new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS)) };
    return { kind: 'invalid', text };
  }
  let m = DMY.exec(text);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), text);
  m = YMD.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = WORDS_DMY.exec(foldForSearch(text).replace(/,/g, ''));
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), text);
  m = MY.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && plausibleYear(Number(m[2]))) return { kind: 'partial', text };
  m = YEAR.exec(text);
  if (m && plausibleYear(Number(m[1]))) return { kind: 'partial', text };
  return { kind: 'invalid', text };
}

function fromParts(y: number, m: number, d: number, text: string): DateResult {
  const iso = plausibleYear(y) ? isoOf(y, m, d) : null;
  return iso ? { kind: 'date', iso } : { kind: 'invalid', text };
}
