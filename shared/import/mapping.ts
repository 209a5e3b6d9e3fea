import { IMPORT_FIELDS, type ImportField } from '../contract/import';
import type { Message } from '../result';
import { cellText, type RawRow } from './cells';
import { foldHeader, matchHeader } from './headers';

/** How far down a sheet the header row is looked for: title blocks are a few rows, never dozens. */
export const HEADER_SCAN_ROWS = 30;

const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['fullName', 'familyName', 'givenName']);

/**
 * The header row is the row among the first HEADER_SCAN_ROWS whose cells name the most distinct
 * fields; it must name at least two, one of them a name (full, family or given).
 * A title row (one merged cell of text) names at most one and never wins. Ties go to the upper row.
 * Returns null when no row qualifies.
 */
export function detectHeaderRow(rows: readonly RawRow[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  const end = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < end; r++) {
    const fields = new Set<ImportField>();
    for (const cell of rows[r] ?? []) {
      const m = matchHeader(cellText(cell));
      if (m) fields.add(m.field);
    }
    const hasName = [...fields].some((f) => NAME_FIELDS.has(f));
    if (fields.size < 2 || !hasName) continue;
    if (fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  return best;
}

/** When no header is recognised: the first row with two or more filled cells, else the first filled row. */
export function fallbackHeaderRow(rows: readonly RawRow[]): number {
  const end = Math.min(rows.length, HEADER_SCAN_ROWS);
  let firstFilled = -1;
  for (let r = 0; r < end; r++) {
    const filled = (rows[r] ?? []).filter((c) => cellText(c).trim() !== '').length;
    if (filled >= 2) return r;
    if (filled === 1 && firstFilled < 0) firstFilled = r;
  }
  return Math.max(firstFilled, 0);
}

export type Mapping = (ImportField | null)[];

/**
 * One field per column from its header. Each field goes to the best-matching column (the leftmost
 * on a tie), except notes, which may gather several columns. Split name columns ("Họ và tên đệm" |
 * "Tên") are kept only when there is no full-name column; a lone "Tên" column is the full name.
 */
export function detectMapping(headers: readonly string[]): Mapping {
  const matches = headers.map((h) => matchHeader(h));
  const mapping: Mapping = matches.map(() => null);
  const bestColumn = new Map<ImportField, number>();
  matches.forEach((m, i) => {
    if (!m) return;
    if (m.field === 'notes') {
      mapping[i] = 'notes';
      return;
    }
    const at = bestColumn.get(m.field);
    if (at === undefined || matches[at]!.score < m.score) bestColumn.set(m.field, i);
  });
  for (const [field, i] of bestColumn) mapping[i] = field;

  const has = (f: ImportField) => mapping.includes(f);
  const replace = (from: ImportField, to: ImportField | null) => {
    const i = mapping.indexOf(from);
    if (i >= 0) mapping[i] = to;
  };
  if (has('fullName')) {
    replace('familyName', null);
    replace('givenName', null);
  } else if (has('givenName') && !has('familyName')) replace('givenName', 'fullName');
  else if (has('familyName') && !has('givenName')) replace('familyName', 'fullName');
  return mapping;
}

/** What is wrong with a mapping the user sent, or null. */
export function mappingProblem(mapping: readonly (ImportField | null)[]): Message | null {
  const seen = new Set<ImportField>();
  for (const f of mapping) {
    if (f === null || f === 'notes') continue;
    if (seen.has(f))
      return {
        vi: `Có hơn một cột được gán cho "${FIELD_LABELS[f].vi}". Mỗi trường chỉ lấy từ một cột (riêng Ghi chú có thể gộp nhiều cột).`,
        en: `More than one column is mapped to "${FIELD_LABELS[f].en}". Each field takes one column (only Notes may combine several).`,
      };
    seen.add(f);
  }
  if (!seen.has('fullName') && !seen.has('givenName'))
    return {
      vi: 'Chưa có cột nào là "Họ và tên" (hoặc "Tên"). Hãy chọn cột chứa họ tên đại biểu.',
      en: 'No column is mapped to "Full name" (or "Given name"). Choose the column that holds the delegates\' names.',
    };
  if (seen.has('fullName') && (seen.has('familyName') || seen.has('givenName')))
    return {
      vi: 'Đã chọn cột "Họ và tên" thì không chọn thêm cột "Họ và tên đệm" / "Tên".',
      en: 'With a "Full name" column, do not also map "Family name" / "Given name" columns.',
    };
  return null;
}

export const FIELD_LABELS: Record<ImportField, Message> = {
  seq: { vi: 'STT', en: 'No.' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  familyName: { vi: 'Họ và tên đệm', en: 'Family and middle name' },
  givenName: { vi: 'Tên', en: 'Given name' },
  title: { vi: 'Chức vụ', en: 'Title' },
  organization: { vi: 'Đơn vị', en: 'Organization' },
  category: { vi: 'Đối tượng', en: 'Category' },
  bridgePoint: { vi: 'Điểm cầu', en: 'Bridge point' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  status: { vi: 'Trạng thái', en: 'Status' },
  precedenceOrder: { vi: 'Thứ tự trong cấp', en: 'Order within level' },
  appointmentDate: { vi: 'Ngày bổ nhiệm', en: 'Appointment date' },
  birthDate: { vi: 'Ngày sinh', en: 'Birth date' },
};

// ---- Mapping memory ----

/** The header set as the memory sees it: folded texts, trailing empty headers dropped. */
function headerSet(headers: readonly string[]): string[] {
  const folded = headers.map(foldHeader);
  while (folded.length && folded[folded.length - 1] === '') folded.pop();
  return folded;
}

/** cyrb53: a fast, well-spread 53-bit string hash; enough to name a header set. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The settings key under which the mapping for this header set is remembered. */
export function mappingMemoryKey(headers: readonly string[]): string {
  return `importMapping:${hash53(headerSet(headers).join('\u001f'))}`;
}

export interface RememberedMapping {
  /** The folded header set, checked on read so a hash collision can never apply a wrong mapping. */
  headers: string[];
  mapping: Mapping;
}

export function rememberMapping(headers: readonly string[], mapping: readonly (ImportField | null)[]): RememberedMapping {
  const set = headerSet(headers);
  return { headers: set, mapping: mapping.slice(0, Math.max(set.length, lastMapped(mapping) + 1)) };
}

const lastMapped = (m: readonly (ImportField | null)[]) => m.reduce((last, f, i) => (f ? i : last), -1);

const FIELDS: ReadonlySet<string> = new Set(IMPORT_FIELDS);

/** The remembered mapping if it is for exactly these headers and still well-formed, else null. */
export function recallMapping(stored: unknown, headers: readonly string[], columnCount: number): Mapping | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Partial<RememberedMapping>;
  const set = headerSet(headers);
  if (!Array.isArray(s.headers) || !Array.isArray(s.mapping)) return null;
  if (s.headers.length !== set.length || s.headers.some((h, i) => h !== set[i])) return null;
  if (!s.mapping.every((f) => f === null || (typeof f === 'string' && FIELDS.has(f)))) return null;
  const mapping: Mapping = Array.from({ length: columnCount }, (_, i) => (s.mapping![i] as ImportField | null | undefined) ?? null);
  return mappingProblem(mapping) ? null : mapping;
}

export const sameMapping = (a: readonly (ImportField | null)[], b: readonly (ImportField | null)[]): boolean => {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? null) !== (b[i] ?? null)) return false;
  return true;
};
