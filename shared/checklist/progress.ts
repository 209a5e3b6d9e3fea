import type { Due } from './deadline';

export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Progress {
  done: number;
  total: number;
  /** Whole percent, rounded down so 99.6 % never reads as finished. */
  percent: number;
}

export function progressOf(statuses: readonly TaskStatus[]): Progress {
  const done = statuses.filter((s) => s === 'done').length;
  const total = statuses.length;
  return { done, total, percent: total ? Math.floor((done * 100) / total) : 0 };
}

/** How a task stands against today: done, past its deadline, due today, or later. */
export type DueState = 'done' | 'overdue' | 'today' | 'later';

/**
 * Against today's date and, on the day itself, the clock (HH:MM): a task due at 07:00 is overdue at
 * 07:30. A task not done is never "later" than a deadline already gone.
 */
export function dueState(status: TaskStatus, due: Due, today: string, now: string): DueState {
  if (status === 'done') return 'done';
  if (due.date < today) return 'overdue';
  if (due.date > today) return 'later';
  return due.time && due.time < now ? 'overdue' : 'today';
}
