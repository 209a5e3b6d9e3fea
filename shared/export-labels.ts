import type { DelegateStatus } from './contract/delegates';
import type { ExportColumn } from './contract/export';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

export const exportHeaders: Labels<ExportColumn> = {
  seq: { vi: 'STT', en: 'No.' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  title: { vi: 'Chức vụ', en: 'Title' },
  organization: { vi: 'Đơn vị', en: 'Organization' },
  category: { vi: 'Đối tượng', en: 'Category' },
  bridgePoint: { vi: 'Điểm cầu', en: 'Bridge point' },
  status: { vi: 'Trạng thái', en: 'Status' },
  rank: { vi: 'Thứ tự ưu tiên', en: 'Precedence rank' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  appointmentDate: { vi: 'Ngày bổ nhiệm', en: 'Appointed on' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
};

export const statusLabels: Labels<DelegateStatus> = {
  invited: { vi: 'Đã mời', en: 'Invited' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  declined: { vi: 'Từ chối', en: 'Declined' },
};

export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'seq',
  'fullName',
  'title',
  'organization',
  'category',
  'bridgePoint',
  'status',
  'rank',
  'phone',
  'email',
  'notes',
];
