import type { Kysely } from 'kysely';
import type { LiveItem, LiveState } from '../shared/contract/live';
import { DomainError } from '../shared/result';
import { scriptStart } from '../shared/script/cascade';
import { liveTiming, minutesOfDay, type LiveRun } from '../shared/script/live';
import { nowIso } from './clock';
import { getEvent } from './events';
import type { DB } from './schema';

const READY: LiveRun = { status: 'ready', actualStart: null, currentItemId: null, currentSince: null, done: {} };

/** The stored run, or a run not begun. A `done` that is not an object of numbers counts as nothing done. */
async function readRun(db: Kysely<DB>, eventId: string): Promise<LiveRun> {
  const row = await db.selectFrom('scriptLive').selectAll().where('eventId', '=', eventId).executeTakeFirst();
  if (!row) return READY;
  const parsed: unknown = JSON.parse(row.done);
  const done =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])))
      : {};
  return { status: row.status as LiveRun['status'], actualStart: row.actualStart, currentItemId: row.currentItemId, currentSince: row.currentSince, done };
}

async function writeRun(db: Kysely<DB>, eventId: string, run: LiveRun): Promise<void> {
  const values = { ...run, done: JSON.stringify(run.done), updatedAt: nowIso() };
  await db
    .insertInto('scriptLive')
    .values({ eventId, ...values })
    .onConflict((oc) => oc.column('eventId').doUpdateSet(values))
    .execute();
}

async function scriptOf(db: Kysely<DB>, eventId: string) {
  const event = await getEvent(db, eventId);
  const settings = await db.selectFrom('scripts').select('startAt').where('eventId', '=', eventId).executeTakeFirst();
  const items = await db
    .selectFrom('scriptItems as i')
    .leftJoin('delegates as d', 'd.id', 'i.performerDelegateId')
    .select(['i.id', 'i.kind', 'i.title', 'i.durationMin', 'i.pinnedAt', 'i.buffer', 'i.performerText', 'd.fullName'])
    .where('i.eventId', '=', eventId)
    .orderBy('i.seq')
    .orderBy('i.createdAt')
    .execute();
  return {
    event,
    dayStart: scriptStart(settings ?? null, event.startTime),
    items: items.map((i) => ({ ...i, buffer: i.buffer === 1, kind: i.kind as LiveItem['kind'] })),
  };
}

/** Where the ceremony is at `now`, every time worked out (shared/script/live.ts over the cascade). */
export async function liveState(db: Kysely<DB>, eventId: string, now = Date.now()): Promise<LiveState> {
  const [{ event, dayStart, items }, run] = await Promise.all([scriptOf(db, eventId), readRun(db, eventId)]);
  const live = liveTiming(items, dayStart, run, now);
  return {
    eventId,
    eventName: event.name,
    status: run.status,
    now,
    nowMin: minutesOfDay(now),
    plannedStart: dayStart,
    actualStart: run.actualStart,
    items: items.map((item, i) => {
      const t = live.timing.items[i]!;
      const sec = run.done[item.id];
      const state = i === live.currentIndex ? 'current' : sec !== undefined ? 'done' : 'coming';
      return {
        id: item.id,
        kind: item.kind,
        title: item.title,
        performer: item.performerText ?? item.fullName ?? null,
        durationMin: item.durationMin,
        start: t.start,
        end: t.end,
        plannedStart: t.plannedStart,
        absorbed: t.absorbed,
        state,
        actualSec: state === 'done' ? (sec ?? null) : null,
      };
    }),
    currentIndex: live.currentIndex,
    nextIndex: live.nextIndex,
    elapsedSec: live.elapsedSec,
    lengthSec: live.lengthSec,
    offsetMin: live.offsetMin,
    end: live.timing.end,
    plannedEnd: live.timing.plannedEnd,
  };
}

const noItems = () =>
  new DomainError('VALIDATION', {
    vi: 'Kịch bản chưa có mục nào để trình chiếu.',
    en: 'The script has no items to show yet.',
  });

/** The first item begins now, and now is the actual start. Starting again is refused: reset first. */
export async function startLive(db: Kysely<DB>, eventId: string, now = Date.now()): Promise<void> {
  const [{ items }, run] = await Promise.all([scriptOf(db, eventId), readRun(db, eventId)]);
  if (!items.length) throw noItems();
  if (run.status !== 'ready')
    throw new DomainError('CONFLICT', {
      vi: 'Chương trình đã bắt đầu. Muốn chạy lại từ đầu, hãy đặt lại trước.',
      en: 'The programme has already started. To run it again from the top, reset it first.',
    });
  await writeRun(db, eventId, { status: 'running', actualStart: Math.floor(minutesOfDay(now)), currentItemId: items[0]!.id, currentSince: now, done: {} });
}

/**
 * The item on stage is done and the next begins now (after the last, the ceremony ends). When the
 * caller saw another item on stage (the other window pressed first), nothing moves.
 */
export async function nextLive(db: Kysely<DB>, eventId: string, fromItemId: string | null, now = Date.now()): Promise<void> {
  const [{ items, dayStart }, run] = await Promise.all([scriptOf(db, eventId), readRun(db, eventId)]);
  if (run.status === 'ready') return startLive(db, eventId, now);
  const { currentIndex } = liveTiming(items, dayStart, run, now);
  if (currentIndex === null || items[currentIndex]!.id !== fromItemId) return;
  const item = items[currentIndex]!;
  const done = { ...run.done, [item.id]: Math.max(0, now - (run.currentSince ?? now)) / 1000 };
  const next = items.slice(currentIndex + 1).find((i) => done[i.id] === undefined) ?? null;
  await writeRun(db, eventId, { ...run, status: next ? 'running' : 'ended', currentItemId: next?.id ?? null, currentSince: now, done });
}

/** Back to the item before, as if it had never ended: its clock runs on from its own start. */
export async function backLive(db: Kysely<DB>, eventId: string, fromItemId: string | null, now = Date.now()): Promise<void> {
  const [{ items, dayStart }, run] = await Promise.all([scriptOf(db, eventId), readRun(db, eventId)]);
  if (run.status === 'ready') return;
  const { currentIndex } = liveTiming(items, dayStart, run, now);
  const seen = currentIndex === null ? null : items[currentIndex]!.id;
  if (seen !== fromItemId) return;
  // The item before the one on stage (or the last, once ended) that has a length to go back into.
  const before = (currentIndex ?? items.length) - 1;
  const prev = items
    .slice(0, Math.max(0, before + 1))
    .reverse()
    .find((i) => run.done[i.id] !== undefined);
  if (!prev) return;
  const { [prev.id]: ran, ...done } = run.done;
  const since = (run.currentSince ?? now) - (ran ?? 0) * 1000;
  await writeRun(db, eventId, { ...run, status: 'running', currentItemId: prev.id, currentSince: since, done });
}

export type StartSetting = { kind: 'at'; at: number } | { kind: 'late'; minutes: number } | { kind: 'plan' };

/** The control room re-times the rest: "bắt đầu muộn 10 phút" is the plan's start plus ten. */
export async function setActualStart(db: Kysely<DB>, eventId: string, set: StartSetting): Promise<void> {
  const [{ dayStart }, run] = await Promise.all([scriptOf(db, eventId), readRun(db, eventId)]);
  // Once started, the actual start is the moment it began and every time runs from the real clock:
  // moving it then would show times nobody kept.
  if (run.status !== 'ready')
    throw new DomainError('CONFLICT', {
      vi: 'Buổi lễ đã bắt đầu: giờ bắt đầu thực tế là lúc bấm “Bắt đầu”, các mục sau tự dời theo thời gian thực. Muốn tính lại từ đầu, hãy bấm “Đặt lại từ đầu”.',
      en: 'The ceremony has started: its actual start is when “Start” was pressed, and later items move with the real clock. To re-time from scratch, reset it first.',
    });
  const at = set.kind === 'at' ? set.at : set.kind === 'late' ? dayStart + set.minutes : null;
  if (at !== null && (at < 0 || at > 1439))
    throw new DomainError('VALIDATION', {
      vi: 'Giờ bắt đầu thực tế phải nằm trong ngày hội nghị (00:00–23:59).',
      en: 'The actual start must fall within the day of the event (00:00–23:59).',
    });
  await writeRun(db, eventId, { ...run, actualStart: at });
}

export async function resetLive(db: Kysely<DB>, eventId: string): Promise<void> {
  await getEvent(db, eventId);
  await db.deleteFrom('scriptLive').where('eventId', '=', eventId).execute();
}
