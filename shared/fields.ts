import { z } from 'zod';
import { normalizePhone } from './phone';
import { cleanLines, cleanText } from './text';

/** A column's name as its record's field ("full_name" → "fullName"), as Kysely's CamelCasePlugin maps it. */
export const fieldOfColumn = (column: string): string => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Reusable input pieces. Every text is cleaned (NFC, collapsed spaces) before it is checked. */
export const id = z.string().min(1).max(64);

export const requiredText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().min(1).max(max));

/** Optional text: absent, null or blank all mean "none" and are stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().max(max))
    .nullish()
    .transform((s) => (s ? s : null));

/** Optional text of several lines (an MC's lines, notes): line breaks kept, each line cleaned. */
export const optionalLines = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanLines)
    .pipe(z.string().max(max))
    .nullish()
    .transform((s) => (s ? s : null));

export const isoDate = z.iso.date();
/** A full date, or the year alone: delegate lists usually give only the year of birth ("Năm sinh"). */
export const birthDay = z
  .string()
  .max(10)
  .refine((s) => isoDate.safeParse(s).success || /^(18|19|20)\d{2}$/.test(s), { error: 'birthDate' });
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time' });

/** Stored in the one format of shared/phone.ts, however it was typed ("+84 912…", "0912.345.678"). */
export const phone = optionalText(40)
  .refine((s) => s === null || normalizePhone(s) !== null, { error: 'phone' })
  .transform((s) => (s === null ? null : normalizePhone(s)));

export const email = optionalText(200).refine((s) => s === null || z.email().safeParse(s).success, {
  error: 'email',
});

type Label = { vi: string; en: string };

/** Bilingual names of the fields, as forms, messages, exports and the history show them. */
const FIELD_LABELS = {
  id: { vi: 'Mã', en: 'ID' },
  eventId: { vi: 'Hội nghị', en: 'Event' },
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Loại hội nghị', en: 'Kind' },
  startDate: { vi: 'Ngày bắt đầu', en: 'Start date' },
  endDate: { vi: 'Ngày kết thúc', en: 'End date' },
  startTime: { vi: 'Giờ bắt đầu', en: 'Start time' },
  venue: { vi: 'Địa điểm', en: 'Venue' },
  organizer: { vi: 'Đơn vị tổ chức', en: 'Organizing unit' },
  description: { vi: 'Mô tả', en: 'Description' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  title: { vi: 'Chức vụ', en: 'Title' },
  organization: { vi: 'Đơn vị', en: 'Organization' },
  categoryId: { vi: 'Đối tượng', en: 'Category' },
  // A category's name, and a connection test's own name: one word for both.
  label: { vi: 'Tên gọi', en: 'Name' },
  precedenceLevel: { vi: 'Cấp ưu tiên', en: 'Precedence level' },
  post: { vi: 'Chức vụ', en: 'Post' },
  orgPattern: { vi: 'Điều kiện về đơn vị', en: 'Organization condition' },
  level: { vi: 'Cấp', en: 'Level' },
  precedenceOrder: { vi: 'Thứ tự trong cấp', en: 'Order within level' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  appointmentDate: { vi: 'Ngày bổ nhiệm', en: 'Appointed on' },
  status: { vi: 'Trạng thái', en: 'Status' },
  bridgePointId: { vi: 'Điểm cầu', en: 'Bridge point' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  lastEventId: { vi: 'Hội nghị đang mở', en: 'Open event' },
  laptopName: { vi: 'Tên máy', en: 'Laptop name' },
  delegateId: { vi: 'Đại biểu', en: 'Delegate' },
  delegateIds: { vi: 'Đại biểu', en: 'Delegates' },
  planId: { vi: 'Sơ đồ chỗ ngồi', en: 'Seating plan' },
  seatKey: { vi: 'Ghế', en: 'Seat' },
  locked: { vi: 'Giữ chỗ cố định', en: 'Locked' },
  blocked: { vi: 'Ghế không dùng', en: 'Blocked' },
  numbers: { vi: 'Số hàng và ghế', en: 'Rows and seats' },
  zone: { vi: 'Khu', en: 'Zone' },
  area: { vi: 'Khu vực', en: 'Area' },
  rowIndex: { vi: 'Hàng ghế', en: 'Row' },
  position: { vi: 'Vị trí hàng mới', en: 'Where the new row goes' },
  seats: { vi: 'Số ghế', en: 'Seats' },
  aisles: { vi: 'Số lối đi', en: 'Aisles' },
  frontRows: { vi: 'Số hàng đầu xếp theo thứ tự ưu tiên', en: 'Front rows by precedence' },
  mcLines: { vi: 'Lời dẫn', en: 'MC’s lines' },
  generatedLines: { vi: 'Lời giới thiệu do ứng dụng viết', en: 'Introductions as written by the app' },
  performerDelegateId: { vi: 'Người thực hiện', en: 'Performer' },
  performerText: { vi: 'Người thực hiện', en: 'Performer' },
  cueSound: { vi: 'Âm thanh', en: 'Sound' },
  cueLight: { vi: 'Ánh sáng', en: 'Light' },
  cueScreen: { vi: 'Màn hình', en: 'Screen' },
  cueCamera: { vi: 'Máy quay', en: 'Camera' },
  durationMin: { vi: 'Thời lượng (phút)', en: 'Duration (minutes)' },
  pinnedAt: { vi: 'Giờ cố định', en: 'Fixed start' },
  buffer: { vi: 'Thời gian dự phòng', en: 'Buffer' },
  seq: { vi: 'Thứ tự', en: 'Order' },
  startAt: { vi: 'Giờ bắt đầu kịch bản', en: 'Script start' },
  plannedEnd: { vi: 'Giờ kết thúc dự kiến', en: 'Planned end' },
  introMode: { vi: 'Cách chọn người giới thiệu', en: 'Who is introduced by name' },
  introLevel: { vi: 'Giới thiệu tên tới cấp', en: 'Named down to level' },
  introCount: { vi: 'Số người giới thiệu tên', en: 'People named' },
  pattern: { vi: 'Đơn vị', en: 'Organizations' },
  bloc: { vi: 'Khối', en: 'Bloc' },
  templateId: { vi: 'Mẫu kịch bản', en: 'Script template' },
  itemId: { vi: 'Mục kịch bản', en: 'Script item' },
  afterId: { vi: 'Vị trí', en: 'Position' },
  isMain: { vi: 'Điểm cầu chính', en: 'Main point' },
  hostUnit: { vi: 'Đơn vị chủ trì điểm cầu', en: 'Host unit' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  chairDelegateId: { vi: 'Chủ trì điểm cầu', en: 'Chair' },
  techName: { vi: 'Cán bộ kỹ thuật', en: 'Technical contact' },
  techPhone: { vi: 'Điện thoại kỹ thuật', en: 'Technical contact’s phone' },
  backupName: { vi: 'Người liên hệ dự phòng', en: 'Backup contact' },
  backupPhone: { vi: 'Điện thoại dự phòng', en: 'Backup contact’s phone' },
  line: { vi: 'Đường truyền', en: 'Line' },
  backupLine: { vi: 'Đường truyền dự phòng', en: 'Backup line' },
  expectedCount: { vi: 'Số đại biểu dự kiến', en: 'Expected delegates' },
  plannedAt: { vi: 'Giờ kiểm tra dự kiến', en: 'Planned time' },
  loggedAt: { vi: 'Giờ kiểm tra', en: 'Tested at' },
  result: { vi: 'Kết quả', en: 'Result' },
  picture: { vi: 'Hình ảnh', en: 'Picture' },
  sound: { vi: 'Âm thanh', en: 'Sound' },
  problem: { vi: 'Sự cố', en: 'What was wrong' },
  onLine: { vi: 'Người tham gia kiểm tra', en: 'Who was on the line' },
  action: { vi: 'Xử lý', en: 'What was done' },
  workstream: { vi: 'Mảng công việc', en: 'Workstream' },
  ownerUnit: { vi: 'Đơn vị phụ trách', en: 'Unit in charge' },
  ownerPerson: { vi: 'Người phụ trách', en: 'Person in charge' },
  deadlineKind: { vi: 'Thời hạn', en: 'Deadline' },
  offsetDays: { vi: 'Số ngày so với ngày hội nghị', en: 'Days from the event day' },
  workingDays: { vi: 'Tính theo ngày làm việc', en: 'In working days' },
  dueTime: { vi: 'Giờ', en: 'Time' },
  fixedDate: { vi: 'Ngày cố định', en: 'Fixed date' },
  fromEventId: { vi: 'Hội nghị nguồn', en: 'Source event' },
  ids: { vi: 'Công việc', en: 'Tasks' },
  date: { vi: 'Ngày', en: 'Date' },
};

/** Every field's name by its key; validation messages and the history look them up by a string. */
export const fieldLabels: Readonly<Record<string, Label | undefined>> & typeof FIELD_LABELS = FIELD_LABELS;
