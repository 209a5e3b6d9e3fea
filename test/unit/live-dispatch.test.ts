import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import type { LiveState } from '../../shared/contract/live';
import { clockText } from '../../shared/script/cascade';
import { testStore, type TestStore } from './helpers/store';

// Only Date is faked: the store's own timers and promises run as usual.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

/** Local time on the event's day. */
const at = (h: number, m: number, s = 0) => vi.setSystemTime(new Date(2026, 0, 15, h, m, s));
const later = (minutes: number) => vi.setSystemTime(Date.now() + minutes * 60_000);

/** 08:00 A (10) · B (5) · Giải lao (15, a buffer) · C (20): planned end 08:50. */
async function script(t: TestStore) {
  const event = await t.call('events.create', { name: 'Tổng kết 2025', kind: 'review', startDate: '2026-01-15' });
  const eventId = event.id;
  await t.call('script.updateSettings', { eventId, startAt: 8 * 60 });
  let afterId: string | null = null;
  for (const [title, durationMin, buffer] of [
    ['A', 10, false],
    ['B', 5, false],
    ['Giải lao', 15, true],
    ['C', 20, false],
  ] as const) {
    const { items }: { items: { id: string }[] } = await t.call('script.addItem', {
      eventId,
      afterId,
      item: { kind: buffer ? 'break' : 'other', title, durationMin, buffer },
    });
    afterId = items[items.length - 1]!.id;
  }
  return eventId;
}

const starts = (s: LiveState) => s.items.map((i) => `${i.title} ${clockText(i.start)}`);
const on = (s: LiveState) => (s.currentIndex === null ? null : s.items[s.currentIndex]!);
const next = (t: TestStore, s: LiveState) => t.call('live.next', { eventId: s.eventId, fromItemId: on(s)?.id ?? null });
const back = (t: TestStore, s: LiveState) => t.call('live.back', { eventId: s.eventId, fromItemId: on(s)?.id ?? null });

describe('the live run through dispatch', () => {
  it('before the start, "bắt đầu muộn 10 phút" re-times the rest, the buffer taking it up', async () => {
    const t = await testStore();
    const eventId = await script(t);
    at(7, 50);
    const ready = await t.call('live.get', { eventId });
    expect(ready).toMatchObject({ status: 'ready', currentIndex: null, nextIndex: 0, offsetMin: 0, plannedStart: 480, actualStart: null });
    expect(starts(ready)).toEqual(['A 08:00', 'B 08:10', 'Giải lao 08:15', 'C 08:30']);

    const late = await t.call('live.setActualStart', { eventId, set: { kind: 'late', minutes: 10 } });
    expect(late.actualStart).toBe(490);
    expect(late.offsetMin).toBe(10);
    // The break shrinks to five minutes: C still starts at 08:30, and the day ends on time.
    expect(starts(late)).toEqual(['A 08:10', 'B 08:20', 'Giải lao 08:25', 'C 08:30']);
    expect(late.items[2]!.absorbed).toBe(10);
    expect(clockText(late.end)).toBe('08:50');
    expect((await t.call('live.setActualStart', { eventId, set: { kind: 'plan' } })).actualStart).toBeNull();
    expect((await t.call('live.setActualStart', { eventId, set: { kind: 'at', at: 8 * 60 + 5 } })).items[0]!.start).toBe(485);
  });

  it('starts, counts down, advances with the actual lengths kept, and goes back as if the item had never ended', async () => {
    const t = await testStore();
    const eventId = await script(t);
    at(8, 4);
    let s = await t.call('live.start', { eventId });
    expect(s).toMatchObject({ status: 'running', actualStart: 484, currentIndex: 0, nextIndex: 1, elapsedSec: 0, lengthSec: 600 });
    expect(s.offsetMin).toBe(4);

    later(3);
    s = await t.call('live.get', { eventId });
    expect(s.elapsedSec).toBe(180);
    // A runs twelve minutes, two over: B starts at 08:16, six late.
    later(9);
    s = await next(t, s);
    expect(on(s)!.title).toBe('B');
    expect(s.items[0]).toMatchObject({ state: 'done', actualSec: 720 });
    expect(clockText(s.items[1]!.start)).toBe('08:16');
    expect(s.offsetMin).toBe(6);
    // Six late reaching the break: it takes them all, C stays at 08:30.
    expect(starts(s)).toEqual(['A 08:04', 'B 08:16', 'Giải lao 08:21', 'C 08:30']);

    // A second window pressing for the item it saw (A, already done) does nothing.
    const stale = await t.call('live.next', { eventId, fromItemId: s.items[0]!.id });
    expect(on(stale)!.title).toBe('B');

    later(1);
    s = await back(t, s);
    expect(on(s)!.title).toBe('A');
    expect(s.items[0]!.state).toBe('current');
    // A's clock runs on from its own start: thirteen minutes, three over.
    expect(s.elapsedSec).toBe(13 * 60);
    expect(s.items[1]!.start).toBeCloseTo(8 * 60 + 17);
  });

  it('an item running over moves every later time as it runs; the buffer takes up lateness first, then the end moves', async () => {
    const t = await testStore();
    const eventId = await script(t);
    at(8, 0);
    let s = await t.call('live.start', { eventId });
    later(10);
    s = await next(t, s);
    // B is still on stage at 08:22, seven minutes past its five: the break starts at 08:22 and shrinks by seven.
    later(12);
    s = await t.call('live.get', { eventId });
    expect(s.elapsedSec - s.lengthSec).toBe(7 * 60);
    expect(clockText(s.items[2]!.start)).toBe('08:22');
    expect(s.items[2]!.absorbed).toBe(7);
    expect(clockText(s.items[3]!.start)).toBe('08:30');
    expect(s.offsetMin).toBe(7);
    s = await next(t, s);
    // On the break, its length is what lateness left of it: eight minutes.
    expect(s.lengthSec).toBe(8 * 60);
    expect(s.offsetMin).toBe(0);
    // The break runs its full fifteen anyway: C starts seven late, and so does the end.
    later(15);
    s = await next(t, s);
    expect(on(s)!.title).toBe('C');
    expect(clockText(s.items[3]!.start)).toBe('08:37');
    expect(s.nextIndex).toBeNull();
    expect(s.offsetMin).toBe(7);
    later(20);
    s = await next(t, s);
    expect(s).toMatchObject({ status: 'ended', currentIndex: null, nextIndex: null, offsetMin: 7 });
    expect(clockText(s.end)).toBe('08:57');
    // Back from the end: C again, its clock still running.
    later(1);
    s = await t.call('live.back', { eventId, fromItemId: null });
    expect(on(s)!.title).toBe('C');
    expect(s.elapsedSec).toBe(21 * 60);
  });

  it('survives a restart where it stands, is not in the change history, and resets', async () => {
    const t = await testStore();
    const eventId = await script(t);
    const before = (await t.call('history.list', { eventId })).entries.length;
    at(8, 0);
    const s = await t.call('live.start', { eventId });
    later(10);
    await next(t, s);
    later(2);
    await t.store.close();
    const reopened = await openStore(path.join(t.dir, 'hoi-nghi.sqlite'));
    try {
      const r = await dispatch('live.get', { eventId }, { store: reopened, appVersion: 'test' });
      expect(r.ok && on(r.value as LiveState)!.title).toBe('B');
      expect(r.ok && (r.value as LiveState).elapsedSec).toBe(120);
      const h = await dispatch('history.list', { eventId }, { store: reopened, appVersion: 'test' });
      expect(h.ok && (h.value as { entries: unknown[] }).entries.length).toBe(before);
      const reset = await dispatch('live.reset', { eventId }, { store: reopened, appVersion: 'test' });
      expect(reset.ok && (reset.value as LiveState).status).toBe('ready');
    } finally {
      await reopened.close();
    }
  });

  it('keeps going when the item on stage is deleted mid-ceremony: the first item not yet done takes the stage', async () => {
    const t = await testStore();
    const eventId = await script(t);
    at(8, 0);
    let s = await t.call('live.start', { eventId });
    later(10);
    s = await next(t, s);
    await t.call('script.deleteItem', { id: on(s)!.id });
    s = await t.call('live.get', { eventId });
    expect(on(s)!.title).toBe('Giải lao');
    expect(s.items.map((i) => i.state)).toEqual(['done', 'current', 'coming']);
    // Its clock is the deleted item's: the stage never jumps back to a fresh countdown by itself.
    expect(s.elapsedSec).toBe(0);
    later(1);
    s = await next(t, s);
    expect(on(s)!.title).toBe('C');
  });

  it('refuses what cannot be, in both languages', async () => {
    const t = await testStore();
    const eventId = await script(t);
    const empty = (await t.call('events.create', { name: 'Trống', kind: 'review', startDate: '2026-01-15' })).id;
    expect(await t.raw('live.start', { eventId: empty })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: /chưa có mục/ } } });
    expect(await t.raw('live.get', { eventId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.raw('live.setActualStart', { eventId, set: { kind: 'late', minutes: 1200 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('live.setActualStart', { eventId, set: { kind: 'late', minutes: -500 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: /trong ngày/, en: /within the day/ } },
    });
    await t.call('live.start', { eventId });
    // Started, the actual start is when it began: re-timing it then is refused, saying why.
    expect(await t.raw('live.setActualStart', { eventId, set: { kind: 'late', minutes: 10 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: { vi: /đã bắt đầu/, en: /has started/ } },
    });
    expect(await t.raw('live.start', { eventId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: { en: /reset it first/ } } });
    expect(await t.raw('live.next', { eventId })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The preview has no second window of its own to open: the page opens a tab instead.
    expect(await t.raw('live.openWindow', { eventId })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
