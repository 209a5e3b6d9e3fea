import { builtinCategoryNames } from '../categories';
import type { BuiltinCategory } from '../contract/delegates';
import { identityKey } from '../text';
import { foldHeader } from './headers';

/**
 * What a section heading of a delegate list says about the rows under it: "I. KHÁCH MỜI" names a
 * category, "2. ĐOÀN BỘ TÀI CHÍNH" a unit, "ĐẠI BIỂU BỘ TÀI CHÍNH" both. "ĐẠI BIỂU CÁC VỤ, CỤC"
 * names the category only ("các …" is many units, not one).
 */
export interface HeadingMeaning {
  /** The category label to write ("Khách mời", or the event's own spelling of a custom one). */
  category: string | null;
  organization: string | null;
}

/**
 * How the heading is numbered: "I.", "B" head a part (top), "1.", "2)" a sub-part (sub); none
 * for an unnumbered heading or note. A part that names nothing still ends the part above it.
 */
export type HeadingLevel = 'top' | 'sub' | null;

const TOP_NUMBER = /^(?:[IVXLC]+|[A-Za-z])(?:\s*[.)/:–-]\s*|\s+(?=\p{Lu}))/u;
const SUB_NUMBER = /^\d{1,2}\s*[.)/:–-]/;

export const headingLevel = (text: string): HeadingLevel => (TOP_NUMBER.test(text) ? 'top' : SUB_NUMBER.test(text) ? 'sub' : null);

// "I.", "II)", "B", "B.", "1.", "2/": the numbering in front of a heading.
const NUMBERING = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})(?:\s*[.)/:–-]\s*|\s+(?=\p{Lu}))/u;
// Words in front that say nothing: "Danh sách", "Thành phần".
const FILLER = /^(?:danh sach|thanh phan|nhom|khoi)\s+/;

/** Built-in categories by how headings name them (folded), longest first. */
const CATEGORY_WORDS: [string, BuiltinCategory][] = [
  ['nhan vien phuc vu', 'staff'],
  ['can bo phuc vu', 'staff'],
  ['to phuc vu', 'staff'],
  ['phuc vu', 'staff'],
  ['khach moi', 'guest'],
  ['phong vien', 'reporter'],
  ['bao chi', 'reporter'],
  ['nha bao', 'reporter'],
  ['dai bieu', 'delegate'],
];

// First words of a unit's name (folded): a heading's rest starting with one names a unit.
const UNIT_START =
  /^(?:bo|so|vu|cuc|ban|vien|truong|bao|dai|hoi|tinh|huyen|quan|xa|phuong|thanh pho|tp|van phong|uy ban|ubnd|hdnd|tong cuc|hoc vien|trung tam|ngan hang|kho bac|cong ty|tap doan|lien doan|toa an|tand|vks|vien kiem sat|dang uy|tinh uy|thanh uy|huyen uy|hoi dong|doan thanh nien|cong doan|mat tran|kiem toan|thanh tra|benh vien|dai hoc|cuc thue|chi cuc|tong cong ty|tong lien doan)\b/;

// Not a unit: a post ("Bộ trưởng", "Vụ trưởng"; "Ban Giám đốc" is a unit though), or "báo chí" (the press).
const POST = /^(?:(?:bo|vu|cuc|vien|so) truong\b|bao chi$)/;

/** The heading's own text, numbering and filler words taken off. */
function headingText(text: string): string {
  return text.replace(NUMBERING, '').trim();
}

export function readHeading(
  text: string,
  /** The event's custom category labels, as stored. */
  customCategories: readonly string[],
  /** Units already spelled in the file or the event, by identityKey: reused for a heading in capitals. */
  knownUnits: ReadonlyMap<string, string>,
): HeadingMeaning {
  const own = headingText(text);
  if (!own) return { category: null, organization: null };
  const key = identityKey(own);
  const custom = customCategories.find((c) => identityKey(c) === key);
  if (custom) return { category: custom, organization: null };

  let folded = foldHeader(own).replace(FILLER, '');
  let category: string | null = null;
  for (const [words, code] of CATEGORY_WORDS) {
    if (folded === words || folded.startsWith(`${words} `)) {
      category = builtinCategoryNames[code].vi;
      folded = folded.slice(words.length).trim();
      break;
    }
  }
  // "ĐOÀN BỘ TÀI CHÍNH", "ĐẠI BIỂU CỦA BỘ TÀI CHÍNH", "ĐẠI BIỂU THUỘC SỞ …".
  folded = folded.replace(/^(?:doan|cua|thuoc|tu)\s+/, '');
  // A unit alone is read from a heading only (numbered or in capitals, a few words), never from a
  // sentence in a note row ("Bộ trưởng dự khai mạc").
  const formal = category !== null || own !== text.trim() || own === own.toUpperCase();
  if (!folded || !formal || folded.split(' ').length > 12 || !UNIT_START.test(folded) || POST.test(folded)) return { category, organization: null };
  // The unit is the same number of words at the end of the heading as the folded rest has.
  // (Counting words that fold to something: "Bà Rịa - Vũng Tàu" has a dash between.)
  const words = own.split(' ');
  let need = folded.split(' ').length;
  let from = words.length;
  while (from > 0 && need > 0) if (foldHeader(words[--from]!)) need--;
  const unit = words
    .slice(from)
    .join(' ')
    .replace(/[.:;,]+$/, '');
  return { category, organization: unitSpelling(unit, knownUnits) };
}

/** A unit's name as the file or the event already spells it; else as written, capitals made normal. */
function unitSpelling(unit: string, knownUnits: ReadonlyMap<string, string>): string {
  const known = knownUnits.get(identityKey(unit));
  if (known) return known;
  return unit === unit.toUpperCase() ? unitCase(unit) : unit;
}

// Kinds of unit written in two words ("Văn phòng", "Ủy ban"): the name proper starts after them.
const TWO_WORD_KINDS = new Set([
  'văn phòng',
  'ủy ban',
  'uỷ ban',
  'tổng cục',
  'học viện',
  'trung tâm',
  'ngân hàng',
  'kho bạc',
  'công ty',
  'tập đoàn',
  'liên đoàn',
  'tòa án',
  'toà án',
  'đảng ủy',
  'đảng uỷ',
  'tỉnh ủy',
  'tỉnh uỷ',
  'thành ủy',
  'thành uỷ',
  'hội đồng',
  'thành phố',
  'bệnh viện',
  'đại học',
  'chi cục',
  'thanh tra',
  'kiểm toán',
  'mặt trận',
  'công đoàn',
]);
// Abbreviations that stay in capitals.
const ABBREVIATIONS = new Set(['ubnd', 'hđnd', 'mttq', 'tw', 'tp', 'tand', 'vks', 'vksnd', 'tandtc', 'bch', 'đcsvn', 'tnhh', 'cp']);

/**
 * "BỘ TÀI CHÍNH" -> "Bộ Tài chính", "VĂN PHÒNG QUỐC HỘI" -> "Văn phòng Quốc hội": the kind of unit
 * and the first word of its name take a capital (the usual rule for names of agencies); place
 * names inside may need a hand touch, which is why a heading's unit is offered, not imposed.
 */
function unitCase(unit: string): string {
  const words = unit.toLowerCase().split(' ');
  const cap = (w: string) => (ABBREVIATIONS.has(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1));
  const kindLength = words.length > 2 && TWO_WORD_KINDS.has(`${words[0]} ${words[1]}`) ? 2 : 1;
  return words.map((w, i) => (i === 0 || i === kindLength || ABBREVIATIONS.has(w) ? cap(w) : w)).join(' ');
}
