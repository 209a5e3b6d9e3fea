import { eventsVi } from './events.vi';
import { delegatesVi } from './delegates.vi';
import { importVi } from './import.vi';
import { backupsVi } from './backups.vi';
import { historyVi } from './history.vi';
import { precedenceVi } from './precedence.vi';
import { scriptVi } from './script.vi';
import { seatingVi } from './seating.vi';
import { printVi } from './print.vi';
import { printScriptVi } from './print-script.vi';
import { liveVi } from './live.vi';
import { awardsVi } from './awards.vi';
import { checkinVi } from './checkin.vi';
import { desksVi } from './desks.vi';
import { bridgeVi } from './bridge.vi';
import { checklistVi } from './checklist.vi';
import { badgesVi } from './badges.vi';
import { eventFileVi } from './event-file.vi';
/**
 * The source dictionary. English (en.ts) must have exactly the same shape, so a string added here
 * and forgotten there fails to compile. Texts that take values are functions.
 */
export const vi = {
  app: {
    name: 'Hội Nghị',
    tagline: 'Chuẩn bị và điều hành hội nghị',
    loading: 'Đang mở dữ liệu…',
    bootFailed: 'Không mở được dữ liệu của ứng dụng.',
  },
  common: {
    save: 'Lưu',
    saving: 'Đang lưu…',
    cancel: 'Huỷ',
    close: 'Đóng',
    edit: 'Sửa',
    delete: 'Xoá',
    deleting: 'Đang xoá…',
    retry: 'Thử lại',
    loading: 'Đang tải…',
    dismiss: 'Đóng thông báo',
    notSet: 'Chưa có',
    cannotUndo: 'Thao tác này không thể hoàn tác.',
    undo: 'Hoàn tác',
    back: 'Quay lại',
    day: 'ngày',
    time: 'giờ',
    discard: {
      title: 'Bỏ các thay đổi?',
      body: 'Những gì bạn vừa nhập chưa được lưu và sẽ mất nếu đóng.',
      keep: 'Tiếp tục sửa',
      confirm: 'Bỏ thay đổi',
    },
  },
  language: {
    label: 'Ngôn ngữ giao diện',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Điều hướng',
    events: 'Danh sách hội nghị',
    eventSections: 'Hội nghị đang mở',
    overview: 'Tổng quan',
    delegates: 'Đại biểu',
    precedence: 'Thứ tự ưu tiên',
    seating: 'Xếp chỗ ngồi',
    awards: 'Khen thưởng',
    history: 'Nhật ký thay đổi',
  },
  welcome: {
    title: 'Chào mừng đến với Hội Nghị',
    lead: 'Hội Nghị giúp ban tổ chức chuẩn bị và điều hành hội nghị: danh sách đại biểu, thứ tự ưu tiên và mọi thông tin của buổi lễ, ngay trên máy tính này.',
    lead2: 'Ứng dụng chạy hoàn toàn không cần mạng; mọi dữ liệu được lưu ngay trên máy này.',
    openDemo: 'Mở hội nghị mẫu',
    openDemoHint: 'Một hội nghị tổng kết năm với khoảng 200 đại biểu để làm quen.',
    createEvent: 'Tạo hội nghị mới',
    createEventHint: 'Bắt đầu từ đầu với hội nghị của đơn vị bạn.',
    openingDemo: 'Đang tạo hội nghị mẫu…',
  },
  events: eventsVi,
  eventFile: eventFileVi,
  overview: {
    details: 'Thông tin hội nghị',
    editEvent: 'Sửa thông tin',
    kind: 'Loại hội nghị',
    date: 'Thời gian',
    venue: 'Địa điểm',
    organizer: 'Đơn vị tổ chức',
    description: 'Mô tả',
    delegates: 'Đại biểu theo đối tượng',
    category: 'Đối tượng',
    count: 'Số lượng',
    ranked: 'Đã có cấp ưu tiên',
    unleveled: 'Chưa xếp cấp',
    viewDelegates: 'Xem danh sách đại biểu',
    addFirst: 'Thêm đại biểu đầu tiên',
  },
  delegates: delegatesVi,
  import: importVi,
  precedence: precedenceVi,
  seating: seatingVi,
  script: scriptVi,
  print: printVi,
  printScript: printScriptVi,
  live: liveVi,
  awards: awardsVi,
  checkin: checkinVi,
  desks: desksVi,
  bridge: bridgeVi,
  checklist: checklistVi,
  badges: badgesVi,
  history: historyVi,
  backups: backupsVi,
  errors: {
    unexpected: 'Đã xảy ra lỗi không mong muốn. Hãy thử lại.',
  },
};

export type Dict = typeof vi;
