import type { BuiltinWorkstream } from './workstreams';

/** A task of a template: what carries from one event to another (no person, no status, no fixed date). */
export interface TemplateTask {
  workstream: string;
  name: string;
  /** The unit in charge, by role ("Văn phòng"): the people change, the roles stay. */
  unit: string | null;
  offsetDays: number;
  workingDays: boolean;
  dueTime: string | null;
  notes: string | null;
}

const t = (workstream: BuiltinWorkstream, offsetDays: number, name: string, unit: string, more: Partial<TemplateTask> = {}): TemplateTask => ({
  workstream,
  name,
  unit,
  offsetDays,
  workingDays: false,
  dueTime: null,
  notes: null,
  ...more,
});

export const BUILT_IN_CHECKLIST_ID = 'builtin-year-end-review';

const VP = 'Văn phòng';
const TH = 'Vụ Tổng hợp';
const TC = 'Vụ Thi đua – Khen thưởng';
const QT = 'Phòng Quản trị';
const KT = 'Tổ kỹ thuật';
const KH = 'Vụ Kế hoạch – Tài chính';

/**
 * The usual preparation of a year-end review (hội nghị tổng kết), by workstream, with the
 * deadlines such a plan gives (DOMAIN.md); the invitations at least 3 working days ahead
 * (Decision 45/2018: a ministry asking 5 edits the offset).
 */
export const YEAR_END_REVIEW_CHECKLIST: readonly TemplateTask[] = [
  t('plan', -30, 'Xây dựng kế hoạch tổ chức hội nghị, trình lãnh đạo phê duyệt', VP),
  t('plan', -28, 'Lập dự toán kinh phí tổ chức hội nghị', KH),
  t('plan', -25, 'Ban hành quyết định thành lập Ban tổ chức và các tiểu ban', VP),
  t('plan', -21, 'Chốt thành phần, số lượng đại biểu và danh sách khách mời', VP),
  t('plan', -7, 'Họp Ban tổ chức rà soát công tác chuẩn bị', VP),
  t('invitations', -14, 'Dự thảo giấy mời, trình ký', VP),
  t('invitations', -3, 'Gửi giấy mời đại biểu (trước ít nhất 3 ngày làm việc)', VP, {
    workingDays: true,
    notes: 'Quyết định 45/2018/QĐ-TTg: gửi trước ít nhất 3 ngày làm việc; một số bộ quy định 5 ngày.',
  }),
  t('invitations', -2, 'Gọi điện xác nhận đại biểu tham dự, cập nhật danh sách', VP),
  t('documents', -21, 'Xây dựng báo cáo tổng kết năm và phương hướng năm tới', TH),
  t('documents', -14, 'Hoàn thiện quyết định khen thưởng, in bằng khen, giấy khen', TC),
  t('documents', -10, 'Chuẩn bị bài phát biểu của lãnh đạo', TH),
  t('documents', -5, 'Gửi tài liệu cho đại biểu và các điểm cầu', TH),
  t('documents', -3, 'In, đóng túi tài liệu hội nghị', VP),
  t('programme', -14, 'Xây dựng chương trình hội nghị', VP),
  t('programme', -7, 'Viết kịch bản chi tiết và lời dẫn chương trình', VP),
  t('programme', -5, 'Mời người dẫn chương trình, duyệt văn nghệ chào mừng', VP),
  t('programme', -1, 'Tổng duyệt chương trình, kịch bản', VP, { dueTime: '15:00' }),
  t('decoration', -7, 'Thiết kế, duyệt phông (backdrop) và băng rôn', QT),
  t('decoration', -2, 'Trang trí hội trường: cờ, tượng Bác, phông, hoa', QT),
  t('decoration', -1, 'Chuẩn bị biển tên, bàn Đoàn Chủ tịch, bục phát biểu', QT),
  t('av', -7, 'Kiểm tra hệ thống âm thanh, ánh sáng, màn hình LED', KT),
  t('av', -2, 'Chạy thử trình chiếu, video clip báo cáo', KT),
  t('av', 0, 'Kiểm tra âm thanh, micro, màn hình trước giờ khai mạc', KT, { dueTime: '06:30' }),
  t('bridge', -10, 'Thống nhất danh sách điểm cầu, đầu mối kỹ thuật từng điểm', KT),
  t('bridge', -2, 'Kết nối thử với các điểm cầu', KT, { dueTime: '14:00' }),
  t('bridge', -1, 'Tổng duyệt kết nối trực tuyến, kiểm tra đường truyền dự phòng', KT, { dueTime: '14:00' }),
  t('bridge', 0, 'Kỹ thuật viên có mặt, kết nối các điểm cầu', KT, { dueTime: '06:30' }),
  t('reception', -5, 'Sơ đồ chỗ ngồi, xếp chỗ đại biểu', VP),
  t('reception', -3, 'In thẻ đại biểu, biển tên', VP),
  t('reception', -1, 'Phân công lễ tân, bàn đón tiếp, điểm danh', VP),
  t('reception', 0, 'Đón tiếp đại biểu, phát tài liệu', VP, { dueTime: '07:00' }),
  t('security', -5, 'Phối hợp công an, bảo vệ phương án an ninh', QT),
  t('security', 0, 'Bố trí bảo vệ, kiểm soát ra vào hội trường', QT, { dueTime: '06:30' }),
  t('medical', -3, 'Bố trí cán bộ y tế, tủ thuốc tại hội trường', QT),
  t('transport', -5, 'Lập kế hoạch xe đưa đón đại biểu', QT),
  t('transport', 0, 'Xe đón đại biểu, bố trí chỗ đỗ xe', QT, { dueTime: '06:30' }),
  t('catering', -5, 'Đặt phòng nghỉ, ăn ở cho đại biểu ở xa', QT),
  t('catering', -2, 'Chuẩn bị nước uống, giải lao giữa giờ', QT),
  t('catering', -1, 'Chuẩn bị hoa tặng, quà tặng đại biểu', QT),
  t('finance', -7, 'Tạm ứng kinh phí tổ chức', KH),
  t('finance', 10, 'Thanh quyết toán kinh phí hội nghị', KH),
  t('plan', 5, 'Báo cáo kết quả hội nghị, rút kinh nghiệm', VP),
];
