import { backLive, liveState, nextLive, resetLive, setActualStart, startLive } from '../../db/live';
import type { liveContract } from '../../shared/contract/live';
import { onDesktop } from './on-desktop';
import type { HandlersFor } from './types';

/** Every live call answers with the state as stored after it, so each window shows what the main process says. */
export const liveHandlers: HandlersFor<keyof typeof liveContract> = {
  'live.get': async ({ eventId }, { db }) => liveState(db, eventId),
  'live.start': async ({ eventId }, { db }) => {
    await startLive(db, eventId);
    return liveState(db, eventId);
  },
  'live.next': async ({ eventId, fromItemId }, { db }) => {
    await nextLive(db, eventId, fromItemId);
    return liveState(db, eventId);
  },
  'live.back': async ({ eventId, fromItemId }, { db }) => {
    await backLive(db, eventId, fromItemId);
    return liveState(db, eventId);
  },
  'live.setActualStart': async ({ eventId, set }, { db }) => {
    await setActualStart(db, eventId, set);
    return liveState(db, eventId);
  },
  'live.reset': async ({ eventId }, { db }) => {
    await resetLive(db, eventId);
    return liveState(db, eventId);
  },
  'live.openWindow': async ({ eventId }, { db, desktop }) => {
    const d = onDesktop(desktop);
    await liveState(db, eventId);
    await d.openLiveWindow(eventId);
    return { opened: true };
  },
};
