import { MAX_LEVEL, MIN_LEVEL } from '../precedence/catalogue';
import { z } from 'zod';
import { id } from '../fields';
import { command, query, returns } from './define';
import type { BuiltinCategory, DelegateStatus } from './delegates';
import type { ExportedFile } from './export';
import type { SeatPlace } from './seating';

export type CheckInMethod = 'scan' | 'search';

/** One delegate let in at the door: when, by which desk (laptop), how. One per delegate and event. */
export interface CheckInRecord {
  id: string;
  eventId: string;
  delegateId: string;
  checkedAt: string;
  desk: string;
  method: CheckInMethod;
}

/** What the desk shows of a delegate: enough to recognise them and send them to their seat. */
export interface CheckinPerson {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  /** The category as the renderer names it: a built-in's code, or the organizer's own label. */
  categoryCode: BuiltinCategory | null;
  categoryLabel: string | null;
  bridgePointId: string | null;
  bridgePointName: string | null;
  status: DelegateStatus;
  seats: SeatPlace[];
  checkIn: CheckInRecord | null;
}

/** The answer to what the desk typed or scanned. */
export interface CheckinFound {
  /** 'code': the text was a badge's code (then `people` holds its delegate, or nobody). */
  kind: 'name' | 'code';
  people: CheckinPerson[];
  /** More matched than were sent. */
  more: boolean;
}

/** When a second check-in is refused (CONFLICT): who, and the check-in that already let them in. */
export interface AlreadyCheckedIn {
  reason: 'already';
  person: CheckinPerson;
  checkIn: CheckInRecord;
}

export interface CountLine {
  /** A category's, bridge point's or status's key ('' for delegates of no bridge point: the main hall). */
  key: string;
  /** The category's code, or the bridge point's name (null for the main hall), for the renderer to name it. */
  code: string | null;
  label: string | null;
  expected: number;
  checkedIn: number;
}

export interface CheckinStatus {
  /** Everybody not declined. */
  expected: number;
  checkedIn: number;
  byCategory: CountLine[];
  byBridgePoint: CountLine[];
  byStatus: CountLine[];
  /** The senior guests expected and not checked in yet, in the order of precedence. */
  seniorsAbsent: CheckinPerson[];
  /** Senior guests are this precedence level and above (the event's cut, or the standard one), and the Khách mời. */
  seniorLevel: number;
  /** The latest check-ins, newest first. */
  recent: CheckinPerson[];
}

/** The check-in itself: a badge's code as scanned, or a delegate found by name. */
const target = z.union([z.strictObject({ eventId: id, code: z.string().min(1).max(300) }), z.strictObject({ eventId: id, delegateId: id })]);

export const checkinContract = {
  /**
   * What the desk typed: a badge's code (its delegate, judged only when checking in) or part of a
   * name, title, unit or phone, diacritics optional; the first `limit` in name order.
   */
  'checkin.find': query(
    z.strictObject({ eventId: id, text: z.string().max(300), limit: z.number().int().min(1).max(200).default(20) }),
    returns<CheckinFound>(),
  ),
  /**
   * Lets a delegate in, written at once. Refused (CONFLICT, with `AlreadyCheckedIn` as details) when
   * they were already let in, whichever desk did it; refused for another event's badge, a replaced
   * badge ("thẻ đã được cấp lại") and a code no badge was printed for.
   */
  'checkin.checkIn': command(target, returns<{ person: CheckinPerson; checkIn: CheckInRecord }>()),
  /** Takes a check-in back (a write of its own, in the history and undoable there). */
  'checkin.undo': command(z.strictObject({ eventId: id, delegateId: id }), returns<CheckinPerson>()),
  /** Who counts as a senior guest at the door: this precedence level and above (null: the standard cut). Answers the new status. */
  'checkin.setSeniorLevel': command(
    z.strictObject({ eventId: id, level: z.number().int().min(MIN_LEVEL).max(MAX_LEVEL).nullable() }),
    returns<CheckinStatus>(),
  ),
  /** The live counts and the seniors not arrived. */
  'checkin.status': query(z.strictObject({ eventId: id }), returns<CheckinStatus>()),
  /** The checked-in and the absent as .xlsx, one sheet each, with a line per bridge point. */
  'checkin.export': query(z.strictObject({ eventId: id, language: z.enum(['vi', 'en']).default('vi') }), returns<ExportedFile>()),
};
