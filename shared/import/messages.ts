import type { Message } from '../result';

/** A value quoted in a message, cut short: a message is read, not a copy of the cell. */
const q = (v: string): string => (v.length > 80 ? `${v.slice(0, 80)}…` : v);

/** Why a row is refused or changed, in both languages, as the preview and the report show it. */
export const reasons = {
  noName: { vi: 'Thiếu họ và tên', en: 'No name' },
  notAName: (v: string): Message => ({ vi: `Họ và tên không hợp lệ ("${q(v)}")`, en: `Not a name ("${q(v)}")` }),
  tooLong: (field: Message, max: number): Message => ({
    vi: `${field.vi} quá dài (tối đa ${max} ký tự)`,
    en: `${field.en} is too long (at most ${max} characters)`,
  }),
  // Warnings: the row is written, with this change.
  // A value that cannot be cleaned keeps the person: the text as typed goes to Notes.
  badEmail: (v: string): Message => ({
    vi: `Email không hợp lệ ("${q(v)}"), được ghi vào Ghi chú`,
    en: `Invalid email ("${q(v)}"); kept in Notes`,
  }),
  badPhone: (v: string): Message => ({
    vi: `Số điện thoại không đọc được ("${q(v)}"), được ghi vào Ghi chú`,
    en: `Phone number could not be read ("${q(v)}"); kept in Notes`,
  }),
  badStatus: (v: string): Message => ({
    vi: `Trạng thái không rõ ("${q(v)}"; dùng: đã mời, đã xác nhận, từ chối), được ghi vào Ghi chú; đại biểu để trạng thái "Đã mời"`,
    en: `Unknown status ("${q(v)}"; use: invited, confirmed, declined); kept in Notes, the delegate is "Invited"`,
  }),
  badOrder: (v: string, max: number): Message => ({
    vi: `Thứ tự trong cấp phải là số nguyên từ 1 đến ${max} ("${q(v)}"), được ghi vào Ghi chú`,
    en: `Order within level must be a whole number from 1 to ${max} ("${q(v)}"); kept in Notes`,
  }),
  longField: (field: Message, max: number): Message => ({
    vi: `${field.vi} dài quá ${max} ký tự, được ghi vào Ghi chú`,
    en: `${field.en} is longer than ${max} characters; kept in Notes`,
  }),
  notesCut: (max: number): Message => ({
    vi: `Ghi chú dài quá ${max} ký tự, phần sau đã bị cắt`,
    en: `Notes longer than ${max} characters; the rest was cut`,
  }),
  extraPhones: (v: string): Message => ({ vi: `Số điện thoại thêm được chuyển vào Ghi chú: ${v}`, en: `Extra phone numbers moved to Notes: ${v}` }),
  extraEmails: (v: string): Message => ({ vi: `Email thêm được chuyển vào Ghi chú: ${v}`, en: `Extra emails moved to Notes: ${v}` }),
  partialDate: (field: Message, v: string): Message => ({
    vi: `${field.vi} chưa đủ ngày tháng ("${q(v)}"), được ghi vào Ghi chú`,
    en: `${field.en} is not a full date ("${q(v)}"); kept in Notes`,
  }),
  badDate: (field: Message, v: string): Message => ({
    vi: `${field.vi} không đọc được ("${q(v)}"), được ghi vào Ghi chú`,
    en: `${field.en} could not be read ("${q(v)}"); kept in Notes`,
  }),
  // Report outcomes.
  skippedExisting: (name: string): Message => ({
    vi: `Bỏ qua: trùng với đại biểu đã có "${name}"`,
    en: `Skipped: same person as the existing delegate "${name}"`,
  }),
  skippedRepeat: (row: number): Message => ({ vi: `Bỏ qua: trùng với dòng ${row}`, en: `Skipped: same person as row ${row}` }),
  updatedExisting: { vi: 'Cập nhật đại biểu đã có', en: 'Updated the existing delegate' },
  mergedInto: (row: number): Message => ({ vi: `Gộp vào dòng ${row}`, en: `Merged into row ${row}` }),
  keptBoth: { vi: 'Thêm mới (giữ cả hai)', en: 'Added (kept both)' },
  total: { vi: 'Dòng tổng cộng', en: 'Total row' },
  repeatedHeader: { vi: 'Dòng tiêu đề lặp lại', en: 'Repeated header row' },
  section: { vi: 'Dòng tiêu đề mục / chú thích', en: 'Section heading or note row' },
  signature: { vi: 'Phần ký tên dưới danh sách', en: 'Signature block under the list' },
} as const;

/** Several reasons as one message, for a report line. */
export const joinReasons = (list: readonly Message[]): Message => ({
  vi: list.map((m) => m.vi).join('; '),
  en: list.map((m) => m.en).join('; '),
});
