import { offsetLabel } from '../../../shared/checklist/deadline';
import type { ChecklistLine } from '../../../shared/contract/checklist';
import { dayText } from '../../ui/dateText';

/** "09/12/2026 08:00", the date the deadline falls on and its time. */
export const dueText = (l: ChecklistLine): string => (l.due.time ? `${dayText(l.due.date)} ${l.due.time}` : dayText(l.due.date));

/** How it was given: "D-3 (ngày làm việc)", "D0"; nothing for a fixed date. */
export function offsetText(l: ChecklistLine, workingDays: string): string | null {
  const t = l.task;
  if (t.deadlineKind !== 'offset' || t.offsetDays === null) return null;
  const d = offsetLabel(t.offsetDays, null);
  return t.workingDays ? `${d} (${workingDays})` : d;
}
