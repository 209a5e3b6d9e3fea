const n = (x: number) => x.toLocaleString('vi-VN');

/** Texts of the Backups screen (Sao lưu), Vietnamese: the source of the shape. */
export const backupsVi = {
  nav: 'Sao lưu',
  title: 'Sao lưu và khôi phục',
  subtitle:
    'Ứng dụng tự sao lưu khi mở, trước mỗi lần nhập danh sách và trước khi hoàn tác một lần nhập, và 10 phút một lần khi có thay đổi. Giữ mọi bản trong 24 giờ qua, sau đó mỗi ngày một bản trong 30 ngày; bản sao lưu thủ công được giữ lại.',
  now: 'Sao lưu ngay',
  made: (file: string) => `Đã sao lưu: ${file}`,
  folder: (path: string) => `Thư mục sao lưu: ${path}`,
  elsewhere: 'Sao lưu ra nơi khác…',
  elsewhereTitle: 'Tạo một bản sao lưu ở nơi bạn chọn, ví dụ một USB',
  madeElsewhere: (path: string) => `Đã sao lưu vào ${path}`,
  openFolder: 'Mở thư mục sao lưu',
  when: 'Thời gian',
  reason: 'Lý do',
  events: 'Hội nghị',
  delegates: 'Đại biểu',
  size: 'Dung lượng',
  restore: 'Khôi phục',
  restoreLabel: (when: string) => `Khôi phục bản sao lưu lúc ${when}`,
  restoreTitle: 'Khôi phục bản sao lưu này?',
  restoreBody: (when: string) => `Dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu lúc ${when}, cho mọi hội nghị.`,
  restoreSafe:
    'Trước khi khôi phục, dữ liệu hiện tại được sao lưu (bản “Trước khi khôi phục”), nên vẫn có thể quay lại bằng cách khôi phục bản đó. Nhật ký thay đổi cũng trở về như trong bản sao lưu: nút Hoàn tác không hoàn tác việc khôi phục.',
  restoreConfirm: 'Khôi phục',
  restored: (when: string) => `Đã khôi phục dữ liệu của bản sao lưu lúc ${when}.`,
  empty: 'Chưa có bản sao lưu nào.',
  unreadable: 'không đọc được',
  count: (x: number | null) => (x === null ? '—' : n(x)),
  reasons: {
    open: 'Khi mở ứng dụng',
    periodic: 'Định kỳ 10 phút',
    'before-import': 'Trước khi nhập danh sách',
    'before-event-file': 'Trước khi nhập tệp sự kiện',
    'before-undo-import': 'Trước khi hoàn tác lần nhập',
    'before-restore': 'Trước khi khôi phục',
    manual: 'Sao lưu thủ công',
    daily: 'Hằng ngày',
  } as Record<string, string>,
  beforeMigration: (v: string) => `Trước khi nâng cấp dữ liệu (v${v})`,
};
