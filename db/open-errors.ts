import { DomainError } from '../shared/result';

/** Why a data file could not be opened; every one says what the organizer can do about it. */
export const tooNew = (found: number, supported: number) =>
  new DomainError('CONFLICT', {
    vi: `Tệp dữ liệu được tạo bởi phiên bản Hội Nghị mới hơn (lược đồ v${found}, phiên bản này chỉ hiểu đến v${supported}). Tệp được giữ nguyên, không bị thay đổi. Hãy cài phiên bản mới nhất của ứng dụng để mở tệp này.`,
    en: `This data file was made by a newer version of Hội Nghị (schema v${found}; this version understands up to v${supported}). The file was left untouched. Install the latest version of the app to open it.`,
  });

const notADatabase = (file: string) =>
  new DomainError('BAD_FILE', {
    vi: `Tệp "${file}" không phải là tệp dữ liệu Hội Nghị hoặc đã bị hỏng nặng. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu trong thư mục backups.`,
    en: `"${file}" is not a Hội Nghị data file, or it is badly damaged. It was left untouched; restore a copy from the backups folder.`,
  });

export const damaged = (file: string, report: string) =>
  new DomainError(
    'BAD_FILE',
    {
      vi: `Kiểm tra tệp dữ liệu "${file}" phát hiện lỗi. Hãy đóng ứng dụng và khôi phục từ bản sao lưu gần nhất trong thư mục backups.`,
      en: `The check of data file "${file}" found damage. Close the app and restore the latest copy from the backups folder.`,
    },
    report,
  );

export const backupRefused = (report: string) =>
  new DomainError(
    'INTERNAL',
    {
      vi: 'Không tạo bản sao lưu: kiểm tra toàn vẹn dữ liệu không đạt. Bản sao lưu cũ vẫn được giữ.',
      en: 'Backup not made: the integrity check failed. Earlier backups are kept.',
    },
    report,
  );

/**
 * Why SQLite would not open the file: not a database or damaged (the file is bad), or held,
 * locked or not allowed (the file may be fine: never offered to be replaced by a backup).
 */
export function openFailure(file: string, e: unknown): DomainError {
  const code = String((e as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_FORMAT') return notADatabase(file);
  return new DomainError(
    'CONFLICT',
    {
      vi: `Không mở được tệp dữ liệu "${file}": tệp đang bị khóa hoặc không đủ quyền (có thể ứng dụng khác đang dùng nó). Tệp được giữ nguyên; hãy đóng chương trình đang dùng tệp rồi mở lại.`,
      en: `The data file "${file}" could not be opened: it is locked or not permitted (another program may be using it). It was left untouched; close the program using it and try again.`,
    },
    code || (e instanceof Error ? e.message : String(e)),
  );
}
