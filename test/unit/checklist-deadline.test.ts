import { describe, expect, it } from 'vitest';
import { addDays, dueOf, isWorkingDay, offsetDate, offsetLabel, type Deadline } from '../../shared/checklist/deadline';
import { SEEDED_HOLIDAYS } from '../../shared/checklist/holidays-vn';
import { dueState, progressOf } from '../../shared/checklist/progress';

const HOLIDAYS = new Set(SEEDED_HOLIDAYS.map((h) => h.date));
const NONE = new Set<string>();
const offset = (offsetDays: number, workingDays = false, dueTime: string | null = null): Deadline => ({
  deadlineKind: 'offset',
  offsetDays,
  workingDays,
  dueTime,
  fixedDate: null,
});

describe('deadlines from the event day', () => {
  it('counts calendar days across months and years, and keeps the time of day', () => {
    expect(addDays('2027-01-08', -14)).toBe('2026-12-25');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(dueOf(offset(0, false, '07:00'), '2027-01-08', HOLIDAYS)).toEqual({ date: '2027-01-08', time: '07:00' });
    expect(dueOf(offset(-1), '2027-01-08', HOLIDAYS)).toEqual({ date: '2027-01-07', time: null });
    // Calendar days do not care about weekends: D-1 of a Monday is the Sunday.
    expect(offsetDate('2026-12-14', -1, false, HOLIDAYS)).toBe('2026-12-13');
  });

  it('in working days skips Saturdays and Sundays: three working days before a Monday is the Wednesday', () => {
    expect(offsetDate('2026-12-14', -3, true, NONE)).toBe('2026-12-09');
    expect(offsetDate('2026-12-18', -3, true, NONE)).toBe('2026-12-15');
    expect(offsetDate('2026-12-18', -5, true, NONE)).toBe('2026-12-11');
    expect(offsetDate('2026-12-11', 2, true, NONE)).toBe('2026-12-15');
    expect(offsetDate('2026-12-13', 0, true, NONE)).toBe('2026-12-13');
  });

  it('in working days skips the public holidays: across Tết 2026 and New Year', () => {
    // Event on Tue 24 Feb 2026; Tết's days off are Mon 16 – Fri 20 Feb, and a weekend either side.
    expect(offsetDate('2026-02-24', -3, true, HOLIDAYS)).toBe('2026-02-12');
    expect(offsetDate('2026-02-24', -3, true, NONE)).toBe('2026-02-19');
    expect(offsetDate('2026-02-24', -5, true, HOLIDAYS)).toBe('2026-02-10');
    // Mon 4 Jan 2027: Fri 1 Jan is Tết Dương lịch.
    expect(offsetDate('2027-01-04', -3, true, HOLIDAYS)).toBe('2026-12-29');
    // Giỗ Tổ 2026 on a Sunday, its Monday off in its place; 30/4 and 1/5 follow.
    expect(offsetDate('2026-05-04', -3, true, HOLIDAYS)).toBe('2026-04-24');
  });

  it('knows a working day', () => {
    expect(isWorkingDay('2026-02-17', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-09-02', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-12-12', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-12-14', HOLIDAYS)).toBe(true);
  });

  it('a fixed date is the date itself', () => {
    expect(dueOf({ deadlineKind: 'date', offsetDays: null, workingDays: false, dueTime: '09:00', fixedDate: '2026-12-01' }, '2027-01-08', HOLIDAYS)).toEqual({
      date: '2026-12-01',
      time: '09:00',
    });
  });

  it('writes offsets as organizers do', () => {
    expect(offsetLabel(-14, null)).toBe('D-14');
    expect(offsetLabel(0, '07:00')).toBe('D0 07:00');
    expect(offsetLabel(10, null)).toBe('D+10');
  });
});

describe('progress and how a task stands today', () => {
  it('counts the done, rounding down', () => {
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 0 });
    expect(progressOf(['done', 'todo', 'doing'])).toEqual({ done: 1, total: 3, percent: 33 });
    const almost = [...Array<'done'>(249).fill('done'), 'blocked' as const];
    expect(progressOf(almost).percent).toBe(99);
  });

  it('overdue, due today (and overdue once its hour has passed), later, done', () => {
    const day = { date: '2026-12-10', time: null };
    expect(dueState('todo', day, '2026-12-11', '08:00')).toBe('overdue');
    expect(dueState('blocked', day, '2026-12-10', '23:00')).toBe('today');
    expect(dueState('todo', { date: '2026-12-10', time: '07:00' }, '2026-12-10', '07:30')).toBe('overdue');
    expect(dueState('doing', { date: '2026-12-10', time: '07:00' }, '2026-12-10', '06:59')).toBe('today');
    expect(dueState('todo', day, '2026-12-09', '08:00')).toBe('later');
    expect(dueState('done', day, '2026-12-11', '08:00')).toBe('done');
  });
});
