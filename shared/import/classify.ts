import type { ImportField } from '../contract/import';
import { foldForSearch } from '../text';

export type RowKind = 'data' | 'blank' | 'total' | 'repeatedHeader' | 'section' | 'signature';

// On folded text. "Tổng cộng: 25", "TỔNG SỐ ĐẠI BIỂU", "Cộng", "Cộng: 12", "Tổng (25)", "Total".
// "Cộng"/"Tổng" alone must be followed by nothing, a colon, a bracket or a number: "Tổng Văn Cộng"
// is a name and "Công an tỉnh" an organization.
const TOTAL = /^(?:tong cong|tong so|grand total|total|sum)\b|^(?:cong|tong)\s*(?:[:(\d].*)?$/;
// Signature blocks and the place-and-date line under a list ("Hà Nội, ngày 15 tháng 12 năm 2025",
// also left to fill in: "ngày … tháng … năm …"). On folded text.
const FOOTER =
  /nguoi lap bieu|nguoi lap danh sach|thu truong don vi|thu truong co quan|\bky ten\b|ky, ghi ro ho ten|ky ghi ro ho ten|dong dau|(?:^|[ ,])ngay\b.{0,14}\bthang\b.{0,14}\bnam\b/;
// A signer's title alone in a cell, written in capitals ("THỦ TRƯỞNG ĐƠN VỊ", "KT. BỘ TRƯỞNG",
// "TM. ỦY BAN NHÂN DÂN"). On folded text with punctuation as spaces.
const SIGNER =
  /^(?:(?:kt|tl|tm|tuq|ttl)\s+.+|(?:q\s+)?(?:nguoi lap(?: bieu| danh sach)?|nguoi duyet|nguoi kiem tra|thu truong(?: don vi| co quan)?|ke toan truong|xac nhan cua .+|lanh dao (?:don vi|co quan)|(?:pho )?chanh van phong|(?:pho )?giam doc|(?:pho )?truong (?:phong|ban)|bo truong|(?:pho )?(?:vu|cuc|vien) truong|(?:pho )?chu tich|(?:pho )?chu nhiem|tong thu ky|(?:pho )?bi thu|thu ky))$/;
// A row-number cell holding a letter or a Roman numeral: the heading of a part ("B", "II.").
const PART_MARK = /^(?:[IVXLC]+|[A-Z])[.)]?$/;
// Lower-case words (diacritics kept: "vụ" is a unit, "Vũ" a family name) that a heading in
// capitals has and a person's name never does.
const HEADING_WORD =
  /(?:^| )(?:đại biểu|khách mời|phóng viên|báo chí|phục vụ|cán bộ|lãnh đạo|thành phần|các|đơn vị|cơ quan|bộ|vụ|cục|sở|ban|ủy ban|uỷ ban|tỉnh|thành phố|quốc hội|chính phủ|trung ương|văn phòng|tổng cục|hội đồng|đoàn đại biểu)(?: |$)/;
// "I. KHÁCH MỜI", "A. Đại biểu Trung ương", "2. ĐOÀN BỘ TÀI CHÍNH".
const NUMBERED_HEADING = /^(?:[IVXLC]+|[A-Z])[.)/]\s*\p{L}|^\d{1,2}[.)/]\s*\p{Lu}[\p{Lu}\s\d,.\-–()]*$/u;
const LETTER = /\p{L}/u;

const NAME_FIELDS: ReadonlySet<ImportField | null> = new Set(['fullName', 'familyName', 'givenName']);
const DIGIT = /\d/;
const NON_WORD = /[^a-z0-9]+/g;

const isCapitals = (t: string) => t !== t.toLowerCase() && t === t.toUpperCase();
const signerCell = (t: string) => isCapitals(t) && SIGNER.test(foldForSearch(t).replace(NON_WORD, ' ').trim());
const footerCell = (t: string) => FOOTER.test(foldForSearch(t));

/** A heading in capitals in a row of its own ("ĐẠI BIỂU CÁC VỤ, CỤC"), told from a name in capitals ("LÊ ĐỨC BÌNH"). */
function capitalsHeading(t: string): boolean {
  if (!isCapitals(t)) return false;
  if (/[\d,;:()]/.test(t) || t.split(' ').length > 6) return true;
  return HEADING_WORD.test(t.toLowerCase());
}

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
 * - signature: the start of the signature block under a list: a row without a row number whose
 *   cells are "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", a signer's title in capitals, or the
 *   place-and-date line (the rows under it are the block too: see checkRows)
 * - section: words only outside the data columns (a heading merged across the row, or a note);
 *   one value alone with a part letter ("B | ĐẠI BIỂU …") or no row number and no name; a
 *   numbered heading, or a heading in capitals, alone in the name column
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

  const seqText = seqCell(texts, ctx.mapping);
  const numbered = seqText !== '' && DIGIT.test(seqText);
  if (!numbered && filled <= 4 && isSignatureStart(texts)) return 'signature';

  if (dataFilled === 0) {
    for (const t of texts) if (t && LETTER.test(t)) return 'section';
    return 'blank';
  }
  if (dataFilled === 1 && !numbered) {
    const field = ctx.mapping[lastData] ?? null;
    const t = texts[lastData]!;
    if (PART_MARK.test(seqText)) return 'section';
    if (!NAME_FIELDS.has(field)) return 'section';
    if (NUMBERED_HEADING.test(t) || capitalsHeading(t)) return 'section';
  } else if (dataFilled === 1 && NAME_FIELDS.has(ctx.mapping[lastData] ?? null) && NUMBERED_HEADING.test(texts[lastData]!)) return 'section';
  return 'data';
}

/** The row-number cell's text, or '' when there is none. */
function seqCell(texts: readonly string[], mapping: readonly (ImportField | null)[]): string {
  const i = mapping.indexOf('seq');
  return i >= 0 ? (texts[i] ?? '') : '';
}

/**
 * Every filled cell is signature-block text: a signer's line ("NGƯỜI LẬP BIỂU", "KT. BỘ TRƯỞNG"),
 * the date line, or a note in brackets ("(Ký, ghi rõ họ tên)"); one at least is not a bracket note.
 * A name in capitals beside "GIÁM ĐỐC" is a delegate, not a signer's line.
 */
function isSignatureStart(texts: readonly string[]): boolean {
  let marker = false;
  for (const t of texts) {
    if (!t) continue;
    if (footerCell(t) || signerCell(t)) marker = true;
    else if (!/^\(.*\)$/.test(t)) return false;
  }
  return marker;
}

/** Most cells a signature block's row fills: two or three signers side by side. */
const SIGNATURE_CELLS = 3;

/**
 * Inside the signature block (after its first row): the signers' titles and names, a few cells
 * without a row number. A numbered row with a name, or a fuller row, is a delegate after all and
 * ends the block.
 */
export function continuesSignature(texts: readonly string[], ctx: ClassifyContext): boolean {
  let filled = 0;
  for (const t of texts) if (t) filled++;
  if (filled > SIGNATURE_CELLS) return false;
  const seqText = seqCell(texts, ctx.mapping);
  if (seqText === '' || !DIGIT.test(seqText)) return true;
  return !ctx.mapping.some((f, i) => NAME_FIELDS.has(f) && !!texts[i]);
}

const isTotal = (t: string) => TOTAL_FIRST.test(t) && TOTAL.test(foldForSearch(t));
