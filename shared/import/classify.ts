import type { ImportField } from '../contract/import';
import { foldForSearch } from '../text';

export type RowKind = 'data' | 'blank' | 'total' | 'repeatedHeader' | 'section';

// On folded text. "Tổng cộng: 25", "TỔNG SỐ ĐẠI BIỂU", "Cộng", "Cộng: 12", "Tổng (25)", "Total".
// "Cộng"/"Tổng" alone must be followed by nothing, a colon, a bracket or a number: "Tổng Văn Cộng"
// is a name and "Công an tỉnh" an organization.
const TOTAL = /^(?:tong cong|tong so|grand total|total|sum)\b|^(?:cong|tong)\s*(?:[:(\d].*)?$/;
// Signature blocks and the place-and-date line under a list.
const FOOTER = /nguoi lap bieu|nguoi lap danh sach|thu truong don vi|thu truong co quan|\bky ten\b|ky, ghi ro ho ten|ky ghi ro ho ten|dong dau|, ngay \d{1,2} thang \d{1,2} nam \d{4}/;
// "I. KHÁCH MỜI", "A. Đại biểu Trung ương", "2. ĐOÀN BỘ TÀI CHÍNH".
const NUMBERED_HEADING = /^(?:[IVXLC]+|[A-Z])[.)/]\s*\p{L}|^\d{1,2}[.)/]\s*\p{Lu}[\p{Lu}\s\d,.\-–()]*$/u;
const LETTER = /\p{L}/u;

const NAME_FIELDS: ReadonlySet<ImportField | null> = new Set(['fullName', 'familyName', 'givenName']);

export interface ClassifyContext {
  mapping: readonly (ImportField | null)[];
  /** Each header cell's cleaned text in lower case, to recognise the header repeated on a later page. */
  headerLower: readonly string[];
}

// Only text starting with one of these letters can be a total ("Tổng", "Cộng", "Total", "Grand", "Sum"):
// checked first, so most rows never pay for folding.
const TOTAL_FIRST = /^[tcgsTCGS]/;

/**
 * What a row below the header is, from its cleaned cell texts:
 * - blank: nothing, or only a row number, in the mapped columns and no words anywhere
 * - repeatedHeader: two or more cells equal (ignoring case) to the header's cells in the same columns
 * - total: "Tổng cộng…", "Cộng…" in one of its first two filled cells, with at most four filled cells
 * - section: words only outside the data columns (a heading merged across the row, or a note),
 *   a numbered heading alone in the name column, or a signature-block / date line
 * - data: everything else, validated as a delegate
 */
export function classifyRow(texts: readonly string[], ctx: ClassifyContext): RowKind {
  // One pass for what every row needs; no arrays, as this runs on every row of the sheet.
  let filled = 0;
  let first = -1;
  let second = -1;
  let sameAsHeader = 0;
  let dataFilled = 0;
  let lastData = -1;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (!t) continue;
    filled++;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    const h = ctx.headerLower[i];
    if (h && t.length === h.length && t.toLowerCase() === h) sameAsHeader++;
    const f = ctx.mapping[i];
    if (f !== null && f !== undefined && f !== 'seq') {
      dataFilled++;
      lastData = i;
    }
  }
  if (filled === 0) return 'blank';
  if (sameAsHeader >= 2) return 'repeatedHeader';
  if (filled <= 4 && (isTotal(texts[first]!) || (second >= 0 && isTotal(texts[second]!)))) return 'total';

  if (dataFilled === 0) {
    for (const t of texts) if (t && LETTER.test(t)) return 'section';
    return 'blank';
  }
  if (dataFilled === 1 && NAME_FIELDS.has(ctx.mapping[lastData] ?? null) && NUMBERED_HEADING.test(texts[lastData]!)) return 'section';
  if (filled <= 2 && (FOOTER.test(foldForSearch(texts[first]!)) || (second >= 0 && FOOTER.test(foldForSearch(texts[second]!)))))
    return 'section';
  return 'data';
}

const isTotal = (t: string) => TOTAL_FIRST.test(t) && TOTAL.test(foldForSearch(t));
