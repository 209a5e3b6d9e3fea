import { fieldLabels, fieldOfColumn } from '../fields';
import type { Message } from '../result';

/** Each recorded table in the organizer's words, for the merge's counts and conflicts. */
const TABLES: Record<string, Message> = {
  events: { vi: 'Thông tin hội nghị', en: 'Event details' },
  categories: { vi: 'Đối tượng', en: 'Categories' },
  bridge_points: { vi: 'Điểm cầu', en: 'Bridge points' },
  delegates: { vi: 'Đại biểu', en: 'Delegates' },
  precedence_rules: { vi: 'Quy tắc thứ tự ưu tiên', en: 'Precedence rules' },
  seating_plans: { vi: 'Sơ đồ chỗ ngồi', en: 'Seating plans' },
  plan_seats: { vi: 'Ghế', en: 'Seats' },
  presidium_members: { vi: 'Đoàn chủ tịch', en: 'Presidium' },
  scripts: { vi: 'Kịch bản', en: 'Script' },
  script_items: { vi: 'Mục kịch bản', en: 'Script items' },
  intro_blocs: { vi: 'Khối giới thiệu đại biểu', en: 'Introduction blocs' },
  award_kinds: { vi: 'Hình thức khen thưởng', en: 'Award kinds' },
  award_recipients: { vi: 'Người nhận khen thưởng', en: 'Award recipients' },
  award_presenters: { vi: 'Người trao thưởng', en: 'Award presenters' },
  badge_templates: { vi: 'Mẫu thẻ đại biểu', en: 'Badge templates' },
  badge_prints: { vi: 'Thẻ đã in', en: 'Badges printed' },
  check_ins: { vi: 'Điểm danh', en: 'Check-ins' },
  bridge_tests: { vi: 'Kiểm tra đường truyền', en: 'Connection tests' },
  checklist_tasks: { vi: 'Công việc chuẩn bị', en: 'Checklist tasks' },
  merged_change_sets: { vi: 'Thay đổi đã gộp', en: 'Merged changes' },
};

export const tableLabel = (table: string): Message => TABLES[table] ?? { vi: table, en: table };
/** A column as its field's label ("full_name" → "Họ và tên"), or the column itself when it has none. */
export const columnLabel = (column: string): Message => fieldLabels[fieldOfColumn(column)] ?? { vi: column, en: column };
