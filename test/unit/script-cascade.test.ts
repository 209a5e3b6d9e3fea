import { describe, expect, it } from 'vitest';
import { cascade, clockText, parseClock, type CascadeItem } from '../../shared/script/cascade';

const item = (id: string, durationMin: number, more: Partial<CascadeItem> = {}): CascadeItem => ({ id, durationMin, pinnedAt: null, buffer: false, ...more });
const starts = (t: ReturnType<typeof cascade>) => t.items.map((x) => clockText(x.start));
const AT_8 = 8 * 60;

describe('cascade', () => {
  it('starts each item when the one before ends, and a changed duration moves every later time', () => {
    const items = [item('a', 15), item('b', 5), item('c', 30)];
    expect(starts(cascade(items, AT_8))).toEqual(['08:00', '08:15', '08:20']);
    items[0] = item('a', 25);
    const t = cascade(items, AT_8);
    expect(starts(t)).toEqual(['08:00', '08:25', '08:30']);
    expect(clockText(t.end)).toBe('09:00');
    expect(t.late).toBe(0);
  });

  it('keeps a pinned item at its clock time and says the gap or overlap it makes', () => {
    const gap = cascade([item('a', 20), item('link', 10, { pinnedAt: 9 * 60 }), item('c', 5)], AT_8);
    expect(starts(gap)).toEqual(['08:00', '09:00', '09:10']);
    expect(gap.items[1]!.gap).toBe(40);
    const overlap = cascade([item('a', 75), item('link', 10, { pinnedAt: 9 * 60 })], AT_8);
    expect(overlap.items[1]!.gap).toBe(-15);
    expect(overlap.items[0]!.gap).toBeNull();
  });

  it('re-times from an actual start: every later time moves, a buffer taking up what it can first', () => {
    const items = [item('a', 30), item('break', 15, { buffer: true }), item('c', 20), item('d', 10)];
    const late10 = cascade(items, AT_8, { actualStart: AT_8 + 10 });
    // The 15-minute buffer takes the 10 minutes: c starts on time.
    expect(starts(late10)).toEqual(['08:10', '08:40', '08:45', '09:05']);
    expect(late10.items[1]!.absorbed).toBe(10);
    expect(late10.late).toBe(0);
    const late25 = cascade(items, AT_8, { actualStart: AT_8 + 25 });
    expect(late25.items[1]!.absorbed).toBe(15);
    expect(starts(late25)).toEqual(['08:25', '08:55', '08:55', '09:15']);
    expect(late25.late).toBe(10);
    expect(late25.items.map((x) => clockText(x.plannedStart))).toEqual(['08:00', '08:30', '08:45', '09:05']);
  });

  it('takes an overrun of one item out of the next buffer, and an early finish moves times up', () => {
    const items = [item('a', 30), item('b', 10), item('break', 5, { buffer: true }), item('c', 20)];
    const over = cascade(items, AT_8, { overruns: new Map([['a', 8]]) });
    expect(starts(over)).toEqual(['08:00', '08:38', '08:48', '08:48']);
    expect(over.late).toBe(3);
    const early = cascade(items, AT_8, { overruns: new Map([['b', -4]]) });
    expect(early.late).toBe(-4);
  });
});

describe('clock text', () => {
  it('reads the ways times are typed and writes HH:MM', () => {
    expect(parseClock('7:30')).toBe(450);
    expect(parseClock('07h30')).toBe(450);
    expect(parseClock('14.05')).toBe(845);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('abc')).toBeNull();
    expect(clockText(845)).toBe('14:05');
  });
});
