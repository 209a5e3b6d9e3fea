import type { Message } from '../result';

/** Why a row is refused or changed, in both languages, as the preview and the report show it. */
export const reasons = {
  noName: { vi: 'Thiếu họ và tên', en: 'No name' },
  notAName: (v: string): Message => ({ vi: `Họ và tên không hợp lệ ("${v}")`, en: `Not a name ("${v}")` }),
  tooLong: (field: Message, max: number): Message => ({
    vi: `${field.vi} quá dài (tối đa ${max} ký tự)`,
    en: `${field.en} is too long (at most ${max} characters)`,
  }),
  badEmail: (v: string): Message => ({ vi: `Email không hợp lệ ("${v}")`, en: `Invalid email ("${v}")` }),
  badPhone: (v: string): Message => ({ vi: `Số điện thoại không hợp lệ ("${v}")`, en: `Invalid phone number ("${v}")` }),
  badStatus: (v: string): Message => ({
    vi: `Trạng thái không rõ ("${v}"; dùng: đã mời, đã xác nhận, từ chối)`,
    en: `Unknown status ("${v}"; use: invited, confirmed, declined)`,
  }),
  badRank: (v: string, max: number): Message => ({
    vi: `Thứ tự ưu tiên phải là số nguyên từ 1 đến ${max} ("${v}")`,
    en: `Precedence rank must be a whole number from 1 to ${max} ("${v}")`,
  }),
  // Warnings: the row is written, with this change.
  extraPhones: (v: string): Message => ({ vi: `Số điện thoại thêm được chuyển vào Ghi chú: ${v}`, en: `Extra phone numbers moved to Notes: ${v}` }),
  extraEmails: (v: string): Message => ({ vi: `Email thêm được chuyển vào Ghi chú: ${v}`, en: `Extra emails moved to Notes: ${v}` }),
  partialDate: (field: Message, v: string): Message => ({
    vi: `${field.vi} chưa đủ ngày tháng ("${v}"), được ghi vào Ghi chú`,
    en: `${field.en} is not a full date ("${v}"); kept in Notes`,
  }),
  badDate: (field: Message, v: string): Message => ({
    vi: `${field.vi} không đọc được ("${v}"), được ghi vào Ghi chú`,
    en: `${field.en} could not be read ("${v}"); kept in Notes`,
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
} as const;

/** Several reasons as one message, for a report line. */
export const joinReasons = (list: readonly Message[]): Message => ({
  vi: list.map((m) => m.vi).join('; '),
  en: list.map((m) => m.en).join('; '),
});
