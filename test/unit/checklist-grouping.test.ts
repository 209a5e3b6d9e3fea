import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../shared/checklist/progress';
import type { ChecklistLine } from '../../shared/contract/checklist';
import { filterLines, groupLines, todayOf } from '../../renderer/features/checklist/grouping';

let order = 0;
const line = (
  name: string,
  workstream: string,
  date: string,
  more: { status?: TaskStatus; unit?: string; person?: string; time?: string } = {},
): ChecklistLine => ({
  source: 'task',
  task: {
    id: `t${++order}`,
    eventId: 'e',
    name,
    workstream,
    ownerUnit: more.unit ?? null,
    ownerPerson: more.person ?? null,
    deadlineKind: 'date',
    offsetDays: null,
    workingDays: false,
    dueTime: more.time ?? null,
    fixedDate: date,
    status: more.status ?? 'todo',
    notes: null,
    sortOrder: order,
    createdAt: '',
    updatedAt: '',
  },
  due: { date, time: more.time ?? null },
});

const names = { noOwner: 'Chưa giao', deadline: { overdue: 'Quá hạn', today: 'Hôm nay', week: 'Tuần này', later: 'Sau đó', done: 'Đã xong' } };
const today = { date: '2026-12-10', time: '09:00' };
const lines = [
  line('Đặt xe đưa đón', 'transport', '2026-12-20', { unit: 'Phòng Quản trị' }),
  line('Gửi giấy mời', 'invitations', '2026-12-09', { unit: 'Văn phòng', person: 'Đ/c Hà' }),
  line('Thuê đoàn văn nghệ', 'Văn nghệ', '2026-12-10', { time: '08:00' }),
  line('Dự thảo kế hoạch', 'plan', '2026-12-01', { status: 'done', unit: 'Văn phòng' }),
  line('Chuẩn bị hoa', 'catering', '2026-12-10', { time: '17:00', unit: 'Phòng Quản trị' }),
  line('In tài liệu', 'documents', '2026-12-15', { status: 'blocked', unit: 'Văn phòng' }),
];

describe('the checklist’s views', () => {
  it('groups by workstream in the built-ins’ order, the organizer’s own after them, each with its progress', () => {
    const g = groupLines(lines, 'workstream', today, 'vi', names);
    expect(g.map((x) => x.title)).toEqual(['Kế hoạch và kinh phí', 'Giấy mời', 'Tài liệu', 'Xe đưa đón', 'Hậu cần, giải khát', 'Văn nghệ']);
    expect(g[0]!.progress).toEqual({ done: 1, total: 1, percent: 100 });
    expect(groupLines(lines, 'workstream', today, 'en', names)[0]!.title).toBe('Plan and budget');
  });

  it('by deadline: overdue (a past day, or today past its hour), due today, this week, later, done', () => {
    const g = groupLines(lines, 'deadline', today, 'vi', names);
    expect(g.map((x) => [x.key, x.lines.map((l) => l.task.name)])).toEqual([
      ['overdue', ['Gửi giấy mời', 'Thuê đoàn văn nghệ']],
      ['today', ['Chuẩn bị hoa']],
      ['week', ['In tài liệu']],
      ['later', ['Đặt xe đưa đón']],
      ['done', ['Dự thảo kế hoạch']],
    ]);
  });

  it('by owner, in Vietnamese order, the unassigned last', () => {
    const g = groupLines(lines, 'owner', today, 'vi', names);
    expect(g.map((x) => x.title)).toEqual(['Phòng Quản trị', 'Văn phòng', 'Văn phòng – Đ/c Hà', 'Chưa giao']);
    expect(g[1]!.lines.map((l) => l.task.name)).toEqual(['Dự thảo kế hoạch', 'In tài liệu']);
  });

  it('searches without diacritics (đ as d) in names, owners and workstreams, and filters by status', () => {
    expect(filterLines(lines, 'dat xe', 'all', 'vi').map((l) => l.task.name)).toEqual(['Đặt xe đưa đón']);
    expect(filterLines(lines, 'quan tri', 'all', 'vi')).toHaveLength(2);
    expect(filterLines(lines, 'HAU CAN', 'all', 'vi').map((l) => l.task.name)).toEqual(['Chuẩn bị hoa']);
    expect(filterLines(lines, 'van phong', 'open', 'vi').map((l) => l.task.name)).toEqual(['Gửi giấy mời', 'In tài liệu']);
    expect(filterLines(lines, '', 'blocked', 'vi').map((l) => l.task.name)).toEqual(['In tài liệu']);
  });

  it('reads today from the laptop’s clock as local date and time', () => {
    expect(todayOf(new Date(2026, 11, 2, 7, 5))).toEqual({ date: '2026-12-02', time: '07:05' });
  });
});
