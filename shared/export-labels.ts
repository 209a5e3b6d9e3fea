import type { DelegateStatus } from './contract/delegates';
import { EXPORT_COLUMNS, type ExportColumn } from './contract/export';
import { fieldLabels } from './fields';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

// A column of the export is headed as the field is named everywhere else.
const f = fieldLabels;
export const exportHeaders: Labels<ExportColumn> = {
  seq: { vi: 'STT', en: 'No.' },
  fullName: f.fullName,
  title: f.title,
  organization: f.organization,
  category: f.categoryId,
  bridgePoint: f.bridgePointId,
  status: f.status,
  rank: { vi: 'Thứ tự ưu tiên', en: 'Precedence rank' },
  phone: f.phone,
  email: f.email,
  notes: f.notes,
  appointmentDate: f.appointmentDate,
  birthDate: f.birthDate,
  seat: { vi: 'Chỗ ngồi', en: 'Seat' },
};

export const statusLabels: Labels<DelegateStatus> = {
  invited: { vi: 'Đã mời', en: 'Invited' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  declined: { vi: 'Từ chối', en: 'Declined' },
};

/** Every column but the two dates (precedence's tie-breaks, rarely wanted on paper). */
export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = EXPORT_COLUMNS.filter((c) => c !== 'appointmentDate' && c !== 'birthDate' && c !== 'seat');
