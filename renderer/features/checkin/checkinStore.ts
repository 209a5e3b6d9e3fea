import { create } from 'zustand';
import { readBadgeCode } from '../../../shared/badges/qr-payload';
import type { AlreadyCheckedIn, CheckinPerson, CheckinStatus } from '../../../shared/contract/checkin';
import type { Message } from '../../../shared/result';
import { ApiError, call, onWrite } from '../../api/client';
import { notifyError } from '../../ui/toast';
import { checkinCall } from './route';

/** What the desk says about the delegate shown: just let in, already in, or refused (and why). */
export type Notice = { kind: 'ok' } | { kind: 'already'; message: Message } | { kind: 'refused'; message: Message } | { kind: 'undone' } | null;

interface CheckinState {
  eventId: string | null;
  text: string;
  results: CheckinPerson[];
  more: boolean;
  /** The highlighted result (arrow keys). */
  active: number;
  /** The delegate shown big: the highlighted result, or the one just let in or refused. */
  shown: CheckinPerson | null;
  notice: Notice;
  busy: boolean;
  status: CheckinStatus | null;
  statusError: unknown;
  open(eventId: string): void;
  type(text: string): void;
  move(by: number): void;
  /** Enter: a badge's code checks in at once; otherwise the highlighted result. */
  enter(): Promise<void>;
  checkIn(target: { code: string } | { delegateId: string }): Promise<void>;
  undo(delegateId: string): Promise<void>;
  loadStatus(): Promise<void>;
  /** This laptop's own event only (not a desk's host): who counts as a senior guest. */
  setSeniorLevel(level: number): Promise<void>;
}

let searchSeq = 0;
// What a badge's code starts with (shared/badges/qr-payload.ts): typed by a scanner, never a name.
const CODE_START = /^\s*hn1\./i;
let statusSeq = 0;
let statusTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * The counts again once the desk pauses: `checkin.status` (the order of precedence of every
 * delegate, for the seniors) costs some 60 ms at 5,000 and would hold up the next guest's scan.
 */
const STATUS_DELAY = 300;
const loadStatusSoon = (load: () => Promise<void>) => {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void load(), STATUS_DELAY);
};

export const useCheckin = create<CheckinState>((set, get) => ({
  eventId: null,
  text: '',
  results: [],
  more: false,
  active: 0,
  shown: null,
  notice: null,
  busy: false,
  status: null,
  statusError: null,
  open(eventId) {
    if (get().eventId !== eventId) set({ eventId, text: '', results: [], more: false, active: 0, shown: null, notice: null, status: null });
    void get().loadStatus();
  },
  type(text) {
    set({ text });
    const eventId = get().eventId;
    // A scanner types a code letter by letter: no search for it, only its Enter counts.
    if (!eventId) return;
    const seq = ++searchSeq;
    if (CODE_START.test(text)) {
      if (get().results.length) set({ results: [], more: false, active: 0 });
      return;
    }
    if (!text.trim()) {
      set({ results: [], more: false, active: 0 });
      return;
    }
    void checkinCall('checkin.find', { eventId, text }).then(
      (found) => {
        if (seq !== searchSeq) return;
        set({ results: found.people, more: found.more, active: 0, shown: found.people[0] ?? null, notice: null });
      },
      () => {
        if (seq === searchSeq) set({ results: [], more: false });
      },
    );
  },
  move(by) {
    const { results, active } = get();
    if (!results.length) return;
    const next = Math.max(0, Math.min(results.length - 1, active + by));
    set({ active: next, shown: results[next]!, notice: null });
  },
  async enter() {
    const { text, results, active, busy } = get();
    if (busy) return;
    if (readBadgeCode(text)) return get().checkIn({ code: text });
    const person = results[active];
    if (person) return get().checkIn({ delegateId: person.id });
  },
  async checkIn(target) {
    const eventId = get().eventId;
    if (!eventId) return;
    searchSeq++;
    set({ busy: true });
    try {
      const { person } = await checkinCall('checkin.checkIn', { eventId, ...target });
      set({ shown: person, notice: { kind: 'ok' }, text: '', results: [], more: false, active: 0 });
      loadStatusSoon(get().loadStatus);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const details = e.error.details as Partial<AlreadyCheckedIn> | undefined;
      const kind = e.error.code === 'CONFLICT' && details?.reason === 'already' ? 'already' : 'refused';
      set({ shown: details?.person ?? null, notice: { kind, message: e.error.message }, text: '', results: [], more: false, active: 0 });
    } finally {
      set({ busy: false });
    }
  },
  async undo(delegateId) {
    const eventId = get().eventId;
    if (!eventId) return;
    set({ busy: true });
    try {
      const person = await checkinCall('checkin.undo', { eventId, delegateId });
      set({ shown: person, notice: { kind: 'undone' } });
      loadStatusSoon(get().loadStatus);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      set({ notice: { kind: 'refused', message: e.error.message } });
    } finally {
      set({ busy: false });
    }
  },
  async setSeniorLevel(level) {
    const eventId = get().eventId;
    if (!eventId) return;
    const seq = ++statusSeq;
    try {
      const status = await call('checkin.setSeniorLevel', { eventId, level });
      if (seq === statusSeq) set({ status, statusError: null });
    } catch (e) {
      notifyError(e);
    }
  },
  async loadStatus() {
    const eventId = get().eventId;
    if (!eventId) return;
    const seq = ++statusSeq;
    try {
      const status = await checkinCall('checkin.status', { eventId });
      if (seq === statusSeq) set({ status, statusError: null });
    } catch (e) {
      if (seq === statusSeq) set({ statusError: e });
    }
  },
}));

// An undo or redo (of a check-in, of the senior cut) changes the counts.
onWrite((name) => {
  if (name.startsWith('history.') && useCheckin.getState().status) void useCheckin.getState().loadStatus();
});
