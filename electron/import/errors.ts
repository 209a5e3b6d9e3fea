import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from '../../shared/contract/import';
import { DomainError } from '../../shared/result';

/** Every way a file can be refused, each saying what to do about it. Nothing is written in any case. */

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const count = (n: number, lang: 'vi' | 'en') => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');

export const emptyFile = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp trống, không có dữ liệu để nhập.',
    en: 'The file is empty; there is nothing to import.',
  });

export const fileTooLarge = (bytes: number) =>
  new DomainError('TOO_LARGE', {
    vi: `Tệp quá lớn (${mb(bytes)}; tối đa ${mb(MAX_IMPORT_FILE_BYTES)}). Một danh sách đại biểu thường chỉ vài trăm KB: hãy kiểm tra lại tệp, hoặc xoá các trang tính và hình ảnh không cần thiết.`,
    en: `The file is too large (${mb(bytes)}; at most ${mb(MAX_IMPORT_FILE_BYTES)}). A delegate list is usually a few hundred KB: check the file, or remove sheets and pictures it does not need.`,
  });

export const oleFile = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp này là tệp Excel cũ (.xls) hoặc tệp Excel có đặt mật khẩu, nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (nếu có), rồi chọn "Lưu thành" định dạng Excel Workbook (.xlsx) và nhập lại.',
    en: 'This is an old Excel file (.xls) or a password-protected Excel file, which cannot be read. Open it in Excel, remove the password if there is one, "Save As" Excel Workbook (.xlsx), and import that.',
  });

export const notASpreadsheet = (what?: string) =>
  new DomainError('BAD_FILE', {
    vi: `Tệp này không phải bảng tính${what ? ` (có vẻ là ${what})` : ''}. Hãy chọn tệp Excel (.xlsx) hoặc CSV.`,
    en: `This file is not a spreadsheet${what ? ` (it looks like ${what})` : ''}. Choose an Excel (.xlsx) or CSV file.`,
  });

export const notAWorkbook = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp nén này không phải bảng tính Excel (.xlsx). Nếu đây là bảng tính của LibreOffice hoặc Numbers, hãy lưu lại dưới dạng .xlsx rồi nhập.',
    en: 'This archive is not an Excel workbook (.xlsx). If it is a LibreOffice or Numbers spreadsheet, save it as .xlsx and import that.',
  });

export const damagedFile = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp Excel bị hỏng hoặc chưa tải về hết, không đọc được. Hãy mở thử trong Excel và lưu lại, hoặc xin đơn vị gửi lại tệp.',
    en: 'The Excel file is damaged or incomplete and cannot be read. Try opening it in Excel and saving it again, or ask for the file again.',
  });

export const encryptedZip = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp được nén có mật khẩu, không đọc được. Hãy lưu lại tệp dưới dạng .xlsx không đặt mật khẩu.',
    en: 'The file is compressed with a password and cannot be read. Save it as an .xlsx without a password.',
  });

export const zipBomb = (limitBytes: number) =>
  new DomainError('TOO_LARGE', {
    vi: `Tệp nén chứa lượng dữ liệu giải nén quá lớn (hơn ${mb(limitBytes)}), không giống một danh sách đại biểu. Tệp đã bị từ chối để bảo vệ máy.`,
    en: `The archive unpacks to far too much data (more than ${mb(limitBytes)}) for a delegate list. It was refused to protect the computer.`,
  });

export const tooManyRows = (rows: number) =>
  new DomainError(
    'TOO_LARGE',
    {
      vi: `Bảng tính có ${count(rows, 'vi')} dòng, vượt quá giới hạn ${count(MAX_IMPORT_ROWS, 'vi')} dòng đại biểu cho một lần nhập. Hãy tách danh sách thành nhiều tệp nhỏ hơn.`,
      en: `The sheet has ${count(rows, 'en')} rows, more than the ${count(MAX_IMPORT_ROWS, 'en')} delegate rows one import can take. Split the list into smaller files.`,
    },
    { rows },
  );

export const notUtf8 = () =>
  new DomainError('BAD_FILE', {
    vi: 'Tệp CSV không dùng bảng mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel hãy chọn "Lưu thành" → "CSV UTF-8", hoặc lưu dạng .xlsx.',
    en: 'The CSV file is not UTF-8, so Vietnamese text would be garbled. In Excel choose "Save As" → "CSV UTF-8", or save as .xlsx.',
  });

export const unreadableSheet = () =>
  new DomainError('BAD_FILE', {
    vi: 'Không đọc được nội dung trang tính (có ô công thức chưa được tính hoặc dữ liệu lỗi). Hãy mở tệp trong Excel, lưu lại rồi nhập.',
    en: 'The sheet could not be read (a formula without a saved result, or damaged data). Open the file in Excel, save it, and import again.',
  });

export const sheetNotFound = (sheet: string, sheets: readonly string[]) =>
  new DomainError('NOT_FOUND', {
    vi: `Không có trang tính "${sheet}". Các trang tính trong tệp: ${sheets.join(', ')}.`,
    en: `There is no sheet "${sheet}". The sheets in the file: ${sheets.join(', ')}.`,
  });

export const emptySheet = (sheet: string) =>
  new DomainError('BAD_FILE', {
    vi: `Trang tính "${sheet}" không có dữ liệu.`,
    en: `The sheet "${sheet}" has no data.`,
  });

export const notAnExcelFile = (fileName: string) =>
  new DomainError('BAD_FILE', {
    vi: `Tệp “${fileName}” không phải tệp Excel: tên có đuôi .xlsx nhưng nội dung không phải bảng tính Excel (có thể là tệp khác bị đổi tên). Hãy mở tệp trong Excel và "Lưu thành" Excel Workbook (.xlsx); nếu đây là tệp CSV, hãy đổi đuôi thành .csv.`,
    en: `“${fileName}” is not an Excel file: it is named .xlsx but its content is not an Excel workbook (perhaps another file renamed). Open it in Excel and "Save As" Excel Workbook (.xlsx); if it is a CSV file, rename it to .csv.`,
  });

/** Excel's own limit for one cell: nothing Excel saved holds more. */
export const MAX_CELL_CHARS = 32_767;

/** "A", "B", … "Z", "AA": the column as the spreadsheet names it. */
const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

export const cellTooLong = (row: number, column: number, length: number) =>
  new DomainError(
    'TOO_LARGE',
    {
      vi: `Ô ${columnLetter(column)}${row} (dòng ${row}, cột ${columnLetter(column)}) chứa ${count(length, 'vi')} ký tự, vượt quá giới hạn ${count(MAX_CELL_CHARS, 'vi')} ký tự của một ô Excel. Tệp có thể bị lỗi hoặc không phải danh sách đại biểu: hãy kiểm tra ô này rồi nhập lại.`,
      en: `Cell ${columnLetter(column)}${row} (row ${row}, column ${columnLetter(column)}) holds ${count(length, 'en')} characters, more than the ${count(MAX_CELL_CHARS, 'en')} an Excel cell can. The file may be damaged or not a delegate list: check that cell and import again.`,
    },
    { row, column: columnLetter(column), length },
  );
