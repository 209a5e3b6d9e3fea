import { addDays } from '../../../shared/checklist/deadline';
import { dueState, progressOf, type DueState, type Progress, type TaskStatus } from '../../../shared/checklist/progress';
import { workstreamName, workstreamRank } from '../../../shared/checklist/workstreams';
import type { ChecklistLine } from '../../../shared/contract/checklist';
import { foldForSearch } from '../../../shared/text';

export type ChecklistView = 'workstream' | 'deadline' | 'owner';
export type StatusFilter = 'all' | 'open' | TaskStatus;
type Lang = 'vi' | 'en';

/** Today on this laptop's clock, as the deadlines are written: the date and HH:MM. */
export interface Today {
  date: string;
  time: string;
}

export function todayOf(d: Date): Today {
  const p = (x: number) => String(x).padStart(2, '0');
  return { date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`, time: `${p(d.getHours())}:${p(d.getMinutes())}` };
}

export interface LineGroup {
  key: string;
  title: string;
  lines: ChecklistLine[];
  progress: Progress;
}

export const stateOf = (l: ChecklistLine, today: Today): DueState => dueState(l.task.status, l.due, today.date, today.time);

/** Who a task is given to, as one heading: the unit, and the person when there is one. */
export const ownerOf = (l: ChecklistLine): string | null => [l.task.ownerUnit, l.task.ownerPerson].filter((s): s is string => !!s).join(' – ') || null;

const byDue = (a: ChecklistLine, b: ChecklistLine) =>
  a.due.date.localeCompare(b.due.date) || (a.due.time ?? '').localeCompare(b.due.time ?? '') || a.task.sortOrder - b.task.sortOrder;

/** The lines the search and the status filter let through; the search ignores diacritics and case (đ as d). */
export function filterLines(lines: readonly ChecklistLine[], text: string, status: StatusFilter, lang: Lang): ChecklistLine[] {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  return lines.filter((l) => {
    if (status === 'open' ? l.task.status === 'done' : status !== 'all' && l.task.status !== status) return false;
    if (!words.length) return true;
    const hay = foldForSearch([l.task.name, l.task.ownerUnit, l.task.ownerPerson, workstreamName(l.task.workstream, lang), l.task.notes].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

function grouped(lines: readonly ChecklistLine[], keyOf: (l: ChecklistLine) => string, titleOf: (key: string) => string): LineGroup[] {
  const map = new Map<string, ChecklistLine[]>();
  for (const l of lines) {
    const k = keyOf(l);
    const list = map.get(k);
    if (list) list.push(l);
    else map.set(k, [l]);
  }
  return [...map].map(([key, ls]) => ({ key, title: titleOf(key), lines: ls, progress: progressOf(ls.map((l) => l.task.status)) }));
}

const collator = new Intl.Collator('vi');
const DEADLINE_GROUPS = ['overdue', 'today', 'week', 'later', 'done'] as const;
export type DeadlineGroup = (typeof DEADLINE_GROUPS)[number];

/** The lines cut into the view's groups, in the view's order. */
export function groupLines(
  lines: readonly ChecklistLine[],
  view: ChecklistView,
  today: Today,
  lang: Lang,
  names: { noOwner: string; deadline: Record<DeadlineGroup, string> },
): LineGroup[] {
  if (view === 'workstream') {
    const groups = grouped(
      lines,
      (l) => l.task.workstream,
      (k) => workstreamName(k, lang),
    );
    return groups.sort((a, b) => workstreamRank(a.key) - workstreamRank(b.key) || collator.compare(a.title, b.title));
  }
  if (view === 'owner') {
    const groups = grouped(
      [...lines].sort(byDue),
      (l) => ownerOf(l) ?? '',
      (k) => k || names.noOwner,
    );
    // The tasks nobody was given come last, where they are seen as still to be handed out.
    return groups.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || collator.compare(a.title, b.title));
  }
  const week = addDays(today.date, 7);
  const groupOf = (l: ChecklistLine): DeadlineGroup => {
    const s = stateOf(l, today);
    return s === 'later' ? (l.due.date <= week ? 'week' : 'later') : s;
  };
  const groups = grouped([...lines].sort(byDue), groupOf, (k) => names.deadline[k as DeadlineGroup]);
  return groups.sort((a, b) => DEADLINE_GROUPS.indexOf(a.key as DeadlineGroup) - DEADLINE_GROUPS.indexOf(b.key as DeadlineGroup));
}
