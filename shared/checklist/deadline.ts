/**
 * A task's deadline, worked out from the event day: an offset (D-14, D-1, D0 07:00) in calendar
 * days or in working days, or a fixed date. Pure: the holidays come in as a set of ISO dates.
 */

/** How a deadline is given: relative to the event day, or a date of its own. */
export type DeadlineKind = 'offset' | 'date';

export interface Deadline {
  deadlineKind: DeadlineKind;
  /** Days from the event day (negative before it): -14 is D-14. Used when the kind is 'offset'. */
  offsetDays: number | null;
  /** Count only working days (Saturdays, Sundays and public holidays out), as Decision 45/2018 does for invitations. */
  workingDays: boolean;
  /** A time of day, HH:MM (D0 07:00), or none. */
  dueTime: string | null;
  /** The date itself when the kind is 'date'. */
  fixedDate: string | null;
}

export interface Due {
  date: string;
  time: string | null;
}

// Dates are calendar days with no time zone: worked in UTC so no daylight-saving shift moves them.
const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** 0 Sunday … 6 Saturday. */
const weekday = (iso: string): number => toUtc(iso).getUTCDay();

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const w = weekday(iso);
  return w !== 0 && w !== 6 && !holidays.has(iso);
}

/**
 * The day `days` from the event day. In working days, D-3 is the third working day before the
 * event day (the event day itself does not count; a Monday's D-3 is the Wednesday before), so an
 * invitation sent on it is "at least 3 working days ahead"; D+2 the second working day after.
 */
export function offsetDate(eventDate: string, days: number, workingDays: boolean, holidays: ReadonlySet<string>): string {
  if (!workingDays || days === 0) return addDays(eventDate, days);
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let at = eventDate;
  while (left > 0) {
    at = addDays(at, step);
    if (isWorkingDay(at, holidays)) left--;
  }
  return at;
}

export function dueOf(deadline: Deadline, eventDate: string, holidays: ReadonlySet<string>): Due {
  if (deadline.deadlineKind === 'date' && deadline.fixedDate) return { date: deadline.fixedDate, time: deadline.dueTime };
  return { date: offsetDate(eventDate, deadline.offsetDays ?? 0, deadline.workingDays, holidays), time: deadline.dueTime };
}

/** The offset as organizers write it: "D-14", "D0 07:00", "D+1". */
export function offsetLabel(days: number, time: string | null): string {
  const d = days === 0 ? 'D0' : days < 0 ? `D${days}` : `D+${days}`;
  return time ? `${d} ${time}` : d;
}

/** Calendar days between two ISO dates (b − a). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
