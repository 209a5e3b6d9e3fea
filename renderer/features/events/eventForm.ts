import { eventInput, type EventInput, type EventKind, type EventRecord } from '../../../shared/contract/events';
import type { Message } from '../../../shared/result';
import { dayText, parseClock, parseDay } from '../../ui/dateText';
import { checkWithSchema, type FieldErrors } from '../../ui/fieldErrors';

/** What the inputs hold: text as typed (dates as dd/mm/yyyy); empty means none. */
export interface EventFormValues {
  name: string;
  kind: EventKind;
  startDate: string;
  endDate: string;
  startTime: string;
  venue: string;
  organizer: string;
  description: string;
}

export const EVENT_FIELDS = ['name', 'kind', 'startDate', 'endDate', 'startTime', 'venue', 'organizer', 'description'] as const;

export const emptyEvent = (): EventFormValues => ({
  name: '',
  kind: 'review',
  startDate: '',
  endDate: '',
  startTime: '08:00',
  venue: '',
  organizer: '',
  description: '',
});

export const valuesOf = (e: EventRecord): EventFormValues => ({
  name: e.name,
  kind: e.kind,
  startDate: dayText(e.startDate),
  endDate: dayText(e.endDate),
  startTime: e.startTime ?? '',
  venue: e.venue ?? '',
  organizer: e.organizer ?? '',
  description: e.description ?? '',
});

// Text that is not a date is passed on as typed, so the check below can name the field.
const day = (s: string) => (s.trim() ? (parseDay(s) ?? s) : null);
const clock = (s: string) => (s.trim() ? (parseClock(s) ?? s) : null);

export const toInput = (v: EventFormValues): EventInput => ({
  name: v.name,
  kind: v.kind,
  startDate: day(v.startDate) ?? '',
  endDate: day(v.endDate),
  startTime: clock(v.startTime),
  venue: v.venue,
  organizer: v.organizer,
  description: v.description,
});

const REQUIRED: Message = { vi: 'không được để trống', en: 'must not be empty' };
const BAD_DAY: Message = {
  vi: 'ngày không hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 08/01/2027)',
  en: 'not a valid date (write it day/month/year, e.g. 08/01/2027)',
};
const BAD_TIME: Message = { vi: 'giờ không hợp lệ (ví dụ 08:00 hoặc 8h30)', en: 'not a valid time (e.g. 08:00 or 8h30)' };

export function validateEvent(v: EventFormValues): FieldErrors {
  const errors = checkWithSchema(eventInput, toInput(v));
  if (!v.startDate.trim()) errors.startDate = REQUIRED;
  else if (!parseDay(v.startDate)) errors.startDate = BAD_DAY;
  if (v.endDate.trim() && !parseDay(v.endDate)) errors.endDate = BAD_DAY;
  if (v.startTime.trim() && !parseClock(v.startTime)) errors.startTime = BAD_TIME;
  return errors;
}

/** On leaving a date or time box, show what was understood in the one agreed form. */
export function tidy(field: 'startDate' | 'endDate' | 'startTime', text: string): string {
  if (field === 'startTime') return parseClock(text) ?? text;
  const iso = parseDay(text);
  return iso ? dayText(iso) : text;
}
