import type { ChecklistTask } from '../contract/checklist';
import type { TaskStatus } from './progress';

/** A connection test's kind as the checklist names it (Vietnamese: the checklist's words are the organizers' own). */
const KIND_NAMES: Record<string, string> = {
  test: 'Kiểm tra đường truyền',
  rehearsal: 'Tổng duyệt kết nối',
  dayof: 'Kiểm tra đường truyền sáng ngày hội nghị',
  onsite: 'Kỹ thuật viên có mặt',
  extra: 'Kiểm tra bổ sung',
};

/** Its result as a task's status: passed is done, a failed line is blocked, problems still in hand. */
const STATUS: Record<string, TaskStatus> = { passed: 'done', problems: 'doing', failed: 'blocked' };

export interface ScheduledTest {
  id: string;
  eventId: string;
  kind: string;
  plannedAt: string;
  result: string | null;
  pointName: string;
  hostUnit: string | null;
  techName: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A bridge point's scheduled test as a read-only task of the video-bridge workstream: due when it is
 * planned, done when it passed. It is edited and logged on the bridge points' screen, never here.
 */
export function bridgeTestTask(t: ScheduledTest): ChecklistTask {
  return {
    id: `bridge-test:${t.id}`,
    eventId: t.eventId,
    name: `${KIND_NAMES[t.kind] ?? KIND_NAMES.extra} — ${t.pointName}`,
    workstream: 'bridge',
    ownerUnit: t.hostUnit,
    ownerPerson: t.techName,
    deadlineKind: 'date',
    offsetDays: null,
    workingDays: false,
    dueTime: t.plannedAt.slice(11, 16),
    fixedDate: t.plannedAt.slice(0, 10),
    status: (t.result ? STATUS[t.result] : undefined) ?? 'todo',
    notes: null,
    sortOrder: Number.MAX_SAFE_INTEGER,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
