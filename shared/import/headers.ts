import type { ImportField } from '../contract/import';
import { foldForSearch } from '../text';

/**
 * Header names seen in real delegate lists, Vietnamese and English, already folded (no diacritics,
 * lower case, punctuation as spaces): "Họ và tên (*)" and "HỌ VÀ TÊN" both fold to "ho va ten".
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  seq: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no', 'seq', 'order', 'ordinal', 'sequence'],
  fullName: [
    'ho va ten',
    'ho ten',
    'ho va ten dai bieu',
    'ho ten dai bieu',
    'ten dai bieu',
    'ho va ten khach moi',
    'name',
    'full name',
    'fullname',
    'delegate name',
    'participant name',
    'guest name',
  ],
  familyName: ['ho va ten dem', 'ho va chu dem', 'ho va dem', 'ho dem', 'ho', 'ho lot', 'family name', 'surname', 'last name'],
  givenName: ['ten', 'ten goi', 'given name', 'first name'],
  title: [
    'chuc vu',
    'chuc danh',
    'chuc vu chuc danh',
    'chuc danh chuc vu',
    'chuc vu don vi',
    'chuc vu don vi cong tac',
    'chuc vu co quan',
    'title',
    'position',
    'job title',
    'designation',
    'role',
  ],
  organization: [
    'don vi',
    'co quan',
    'don vi cong tac',
    'co quan don vi',
    'co quan cong tac',
    'noi cong tac',
    'ten don vi',
    'ten co quan',
    'co quan to chuc',
    'organization',
    'organisation',
    'unit',
    'agency',
    'department',
    'company',
    'affiliation',
    'institution',
  ],
  category: [
    'doi tuong',
    'loai',
    'thanh phan',
    'loai dai bieu',
    'nhom',
    'phan loai',
    'thanh phan dai bieu',
    'doi tuong dai bieu',
    'category',
    'type',
    'group',
    'delegate type',
  ],
  bridgePoint: ['diem cau', 'diem cau truc tuyen', 'tai diem cau', 'bridge point', 'bridge', 'site', 'remote point', 'location'],
  phone: [
    'dien thoai',
    'so dien thoai',
    'sdt',
    'dt',
    'so dt',
    'di dong',
    'dien thoai di dong',
    'so di dong',
    'dtdd',
    'dien thoai lien he',
    'phone',
    'phone number',
    'mobile',
    'tel',
    'telephone',
    'cell phone',
    'mobile phone',
  ],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu', 'mail', 'email address'],
  notes: ['ghi chu', 'note', 'notes', 'remarks', 'remark', 'comment', 'comments'],
  status: ['trang thai', 'xac nhan', 'tham du', 'xac nhan tham du', 'status', 'attendance', 'rsvp'],
  // A hand order within a precedence level ("Thứ tự ưu tiên" as lists call it); never the level.
  precedenceOrder: [
    'thu tu uu tien',
    'stt uu tien',
    'uu tien',
    'thu tu le tan',
    'thu tu xep',
    'thu tu xep cho',
    'thu tu trong cap',
    'precedence',
    'rank',
    'protocol order',
    'precedence rank',
    'precedence order',
    'order within level',
  ],
  appointmentDate: ['ngay bo nhiem', 'ngay nhan chuc', 'bo nhiem', 'appointment date', 'appointed', 'date appointed'],
  birthDate: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'sinh ngay', 'birth date', 'date of birth', 'dob', 'birthday', 'year of birth', 'birth year'],
};

const NON_WORD = /[^a-z0-9]+/g;

/** Folds a header (or any cell) for matching: "Số ĐT:" -> "so dt", "E-mail" -> "e mail". */
export function foldHeader(text: string): string {
  return foldForSearch(text).replace(NON_WORD, ' ').trim();
}

interface Alias {
  field: ImportField;
  text: string;
  words: number;
}

const EXACT = new Map<string, ImportField>();
const ALL: Alias[] = [];
for (const [field, list] of Object.entries(ALIASES) as [ImportField, readonly string[]][]) {
  for (const text of list) {
    EXACT.set(text, field);
    ALL.push({ field, text, words: text.split(' ').length });
  }
}
// Longest first, so "ho va ten dem" is tried before "ho va ten" and "ten".
ALL.sort((a, b) => b.words - a.words || b.text.length - a.text.length);

/** Longer texts are sentences (a title row), not column headers. */
const MAX_HEADER_WORDS = 8;

export interface HeaderMatch {
  field: ImportField;
  /** Exact matches score above any partial one; among partial ones the longer alias wins. */
  score: number;
}

/**
 * What a header cell names. Exact alias first; otherwise the longest alias that appears in it as
 * whole words ("Họ và tên (ghi rõ)" -> fullName, "Tên đơn vị" -> organization, not givenName).
 */
export function matchHeader(text: string): HeaderMatch | null {
  const folded = foldHeader(text);
  if (!folded) return null;
  const exact = EXACT.get(folded);
  if (exact) return { field: exact, score: 100 };
  const words = folded.split(' ');
  if (words.length > MAX_HEADER_WORDS) return null;
  const padded = ` ${folded} `;
  for (const a of ALL) {
    // One-letter-ish aliases ("ho", "dt", "no") only count as a whole header, never inside one.
    if (a.text.length <= 2) continue;
    if (padded.includes(` ${a.text} `)) return { field: a.field, score: 10 * a.words + Math.min(a.text.length, 9) };
  }
  return null;
}
