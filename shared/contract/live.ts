import { z } from 'zod';
import { id } from '../fields';
import type { ItemKind } from './script';
import { command, query, returns } from './define';

/** One item of the script as the ceremony now stands: re-timed through shared/script/cascade.ts. */
export interface LiveItem {
  id: string;
  kind: ItemKind;
  title: string;
  /** Who performs it: the free text, else the delegate's name. */
  performer: string | null;
  durationMin: number;
  /** Minutes from midnight, as the ceremony now stands (the actual start, the overruns, buffers first). */
  start: number;
  end: number;
  /** Where the printed script put it. */
  plannedStart: number;
  /** Of a buffer's minutes, how many went to taking up lateness. */
  absorbed: number;
  state: 'done' | 'current' | 'coming';
  /** How long it actually ran, in seconds (items done only). */
  actualSec: number | null;
}

export interface LiveState {
  eventId: string;
  eventName: string;
  status: 'ready' | 'running' | 'ended';
  /** The main process's clock when it answered (Unix ms): every window shows this, not its own. */
  now: number;
  /** The same moment, minutes (with fractions) from midnight, local time. */
  nowMin: number;
  /** When the script starts by the plan, and when the ceremony actually began (null: as planned). */
  plannedStart: number;
  actualStart: number | null;
  items: LiveItem[];
  /** Index into `items` of the item on stage, and of the one after it (null at either end). */
  currentIndex: number | null;
  nextIndex: number | null;
  /** The item on stage: how long it has run and how long it has (a buffer shrunk by lateness), in seconds. */
  elapsedSec: number;
  lengthSec: number;
  /** Minutes late (positive) or early (negative) against the plan: when what comes next starts. */
  offsetMin: number;
  /** When the ceremony ends as it now stands, and by the plan. */
  end: number;
  plannedEnd: number;
}

const eventRef = z.strictObject({ eventId: id });
/** The item the caller sees on stage: a second press from another window, already answered, does nothing. */
const step = z.strictObject({ eventId: id, fromItemId: id.nullable() });

export const liveContract = {
  /** Where the ceremony is, with every time worked out at this moment. */
  'live.get': query(eventRef, returns<LiveState>()),
  /** The first item begins now; now is the actual start. */
  'live.start': command(eventRef, returns<LiveState>()),
  /** The item on stage is done (its actual length kept); the next begins now. After the last, the ceremony ends. */
  'live.next': command(step, returns<LiveState>()),
  /** Back to the item before, as if it had never ended (its clock runs on from its own start). */
  'live.back': command(step, returns<LiveState>()),
  /** The control room re-times the rest from the actual start: a clock time, minutes late against the plan, or the plan again. */
  'live.setActualStart': command(
    z.strictObject({
      eventId: id,
      set: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('at'), at: z.number().int().min(0).max(1439) }),
        z.strictObject({ kind: z.literal('late'), minutes: z.number().int().min(-720).max(720) }),
        z.strictObject({ kind: z.literal('plan') }),
      ]),
    }),
    returns<LiveState>(),
  ),
  /** Forgets the run: ready to start again from the plan. */
  'live.reset': command(eventRef, returns<LiveState>()),
  /** The stage view in a second window (desktop app only; the preview opens a tab itself). */
  'live.openWindow': query(eventRef, returns<{ opened: true }>()),
};
