import type { Message } from '../result';
import type { ChangedRows } from './change-labels';

/** The checklist's writes as the history names them (see change-labels.ts). */
type Label = (input: Record<string, unknown>, output: unknown, rows: ChangedRows) => Message;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const tasks = (n: number) => ({ vi: `${n.toLocaleString('vi-VN')} công việc`, en: `${n.toLocaleString('en-GB')} ${n === 1 ? 'task' : 'tasks'}` });
const taskName = (rows: ChangedRows, op?: 'insert' | 'update' | 'delete') => str(rows.first('checklist_tasks', op)?.name);

const STATUS: Record<string, Message> = {
  todo: { vi: 'chưa làm', en: 'to do' },
  doing: { vi: 'đang làm', en: 'in progress' },
  done: { vi: 'đã xong', en: 'done' },
  blocked: { vi: 'vướng mắc', en: 'blocked' },
};

export const CHECKLIST_LABELS: Record<string, Label> = {
  'checklist.create': (i) => {
    const n = str((i.task as Record<string, unknown> | undefined)?.name);
    return { vi: `Thêm công việc “${n}”`, en: `Add the task “${n}”` };
  },
  'checklist.update': (_i, _o, r) => ({ vi: `Sửa công việc “${taskName(r)}”`, en: `Edit the task “${taskName(r)}”` }),
  'checklist.delete': (_i, _o, r) => ({ vi: `Xóa công việc “${taskName(r, 'delete')}”`, en: `Delete the task “${taskName(r, 'delete')}”` }),
  'checklist.move': () => ({ vi: 'Đổi thứ tự công việc chuẩn bị', en: 'Reorder the checklist' }),
  'checklist.setStatus': (i, _o, r) => {
    const n = r.count('checklist_tasks', 'update');
    const s = STATUS[str(i.status)] ?? { vi: str(i.status), en: str(i.status) };
    const one = n === 1 ? taskName(r, 'update') : '';
    return one
      ? { vi: `Chuyển “${one}” sang ${s.vi}`, en: `Mark “${one}” ${s.en}` }
      : { vi: `Chuyển ${tasks(n).vi} sang ${s.vi}`, en: `Mark ${tasks(n).en} ${s.en}` };
  },
  'checklist.startFromTemplate': (_i, _o, r) => {
    const n = tasks(r.count('checklist_tasks', 'insert'));
    return { vi: `Lập công tác chuẩn bị từ mẫu (${n.vi})`, en: `Start the checklist from a template (${n.en})` };
  },
  'checklist.copyFromEvent': (_i, _o, r) => {
    const n = tasks(r.count('checklist_tasks', 'insert'));
    return { vi: `Sao chép công tác chuẩn bị từ hội nghị khác (${n.vi})`, en: `Copy the checklist from another event (${n.en})` };
  },
  'checklist.saveAsTemplate': (i) => ({ vi: `Lưu mẫu công tác chuẩn bị “${str(i.name)}”`, en: `Save the checklist template “${str(i.name)}”` }),
  'checklist.deleteTemplate': () => ({ vi: 'Xóa mẫu công tác chuẩn bị', en: 'Delete a checklist template' }),
  'checklist.saveHoliday': (i) =>
    i.id
      ? { vi: `Sửa ngày nghỉ ${str(i.date)}`, en: `Edit the holiday ${str(i.date)}` }
      : { vi: `Thêm ngày nghỉ ${str(i.date)}`, en: `Add the holiday ${str(i.date)}` },
  'checklist.deleteHoliday': () => ({ vi: 'Xóa một ngày nghỉ', en: 'Delete a holiday' }),
};
